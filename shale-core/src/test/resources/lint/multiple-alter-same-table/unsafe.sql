-- expect: multiple-alter-same-table, statements-after-access-exclusive, changing-column-type, constraint-missing-not-valid
-- A rewrite, then a scan, of the same table, one after the other.
ALTER TABLE orders ALTER COLUMN customer_id TYPE integer;
ALTER TABLE orders ADD CONSTRAINT orders_customer_positive CHECK (customer_id > 0);
