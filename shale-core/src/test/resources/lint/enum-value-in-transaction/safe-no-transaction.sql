-- shale:no-transaction
-- expect: none
-- lint: pg=11
ALTER TYPE order_status ADD VALUE 'refunded';
