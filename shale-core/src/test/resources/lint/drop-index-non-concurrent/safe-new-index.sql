-- expect: none
-- An index created in the same deploy is not in use yet (its table is new here too).
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX orders_customer_idx ON orders (customer_id);
DROP INDEX orders_customer_idx;
