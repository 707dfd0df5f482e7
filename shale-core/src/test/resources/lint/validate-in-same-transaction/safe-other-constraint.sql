-- expect: none
-- The constraint validated here was added NOT VALID by an earlier migration.
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;
