-- shale:no-transaction
-- expect: none
-- Queries do not name indexes, constraints or triggers.
ALTER INDEX orders_idx RENAME TO orders_customer_idx;
ALTER TABLE orders RENAME CONSTRAINT orders_fk TO orders_customer_fk;
ALTER TRIGGER orders_touch ON orders RENAME TO orders_set_updated_at;
