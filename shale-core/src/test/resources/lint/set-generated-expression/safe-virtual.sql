-- shale:no-transaction
-- expect: none
-- lint: pg=18
-- A VIRTUAL column is computed on read: a new expression rewrites nothing.
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) VIRTUAL;
ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100 + fee);
