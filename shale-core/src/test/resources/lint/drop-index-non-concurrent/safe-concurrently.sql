-- shale:no-transaction
-- expect: none
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;
