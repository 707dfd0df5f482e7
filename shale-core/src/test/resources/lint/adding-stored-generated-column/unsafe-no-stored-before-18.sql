-- expect: adding-stored-generated-column
-- lint: pg=17
-- Before PostgreSQL 18 a generated column must be STORED: the server refuses this.
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100);
