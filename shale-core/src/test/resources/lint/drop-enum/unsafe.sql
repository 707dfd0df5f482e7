-- expect: drop-enum
DROP TYPE order_status;
