-- expect: none
-- lint: transaction=none
BEGIN;
ALTER TYPE order_status ADD VALUE 'refunded';
COMMIT;
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;
