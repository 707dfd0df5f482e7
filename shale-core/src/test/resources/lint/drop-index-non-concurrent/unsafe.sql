-- expect: drop-index-non-concurrent
DROP INDEX orders_customer_idx;
