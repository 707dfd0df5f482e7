-- expect: none
-- lint: pg=11
-- Before PostgreSQL 12 there is no REINDEX CONCURRENTLY to ask for.
REINDEX INDEX orders_customer_idx;
