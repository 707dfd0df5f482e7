-- expect: none
-- A table created earlier in the same file holds no rows and nobody uses it yet.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX orders_customer_idx ON orders (customer_id);
