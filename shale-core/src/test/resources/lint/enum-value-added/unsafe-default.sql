-- expect: enum-value-added
-- lint: transaction=none
BEGIN;
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT E'refunded';
COMMIT;
