-- shale:no-transaction
-- expect: syntax-error, syntax-error
-- PostgreSQL refuses both when they run, whatever the indexes: "DROP INDEX CONCURRENTLY does not
-- support dropping multiple objects" (even with IF EXISTS) and "... does not support CASCADE".
DROP INDEX CONCURRENTLY orders_total_idx, orders_created_idx;
DROP INDEX CONCURRENTLY IF EXISTS orders_total_idx CASCADE;
