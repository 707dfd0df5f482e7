-- shale:no-transaction
-- expect: none
DROP INDEX CONCURRENTLY orders_total_idx;
DROP INDEX CONCURRENTLY IF EXISTS orders_created_idx;
