-- shale:no-transaction
-- expect: none
-- PostgreSQL 14's option list form.
REINDEX (CONCURRENTLY) INDEX orders_total_idx;
REINDEX (VERBOSE, CONCURRENTLY true) TABLE orders;
