-- expect: none
-- lint: transaction=none
DROP INDEX CONCURRENTLY orders_customer_idx;
REINDEX INDEX CONCURRENTLY orders_total_idx;
