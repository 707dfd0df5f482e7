-- shale:no-transaction
-- expect: none
-- CREATE INDEX orders_customer_idx ON orders (customer_id);  (a comment is no statement)
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
