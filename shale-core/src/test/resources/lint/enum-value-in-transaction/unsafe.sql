-- expect: enum-value-in-transaction
-- lint: pg=11
ALTER TYPE order_status ADD VALUE 'refunded';
