-- expect: none
-- From PostgreSQL 12, ADD VALUE runs in a transaction (the value is not used here).
ALTER TYPE order_status ADD VALUE 'refunded';
