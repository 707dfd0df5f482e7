-- expect: lock-table
LOCK TABLE orders;
