-- expect: none
-- lint: pg=18
-- From PostgreSQL 18 a generated column without STORED is VIRTUAL: computed on read.
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100);
