-- shale:no-transaction
-- expect: changing-column-type
ALTER TABLE orders ADD COLUMN quantity integer;
ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;
