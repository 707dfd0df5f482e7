-- expect: reindex-non-concurrent
REINDEX INDEX orders_customer_idx;
