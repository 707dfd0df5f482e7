-- expect: statements-after-access-exclusive
-- lint: transaction=none
-- The second statement locks another table while orders stays locked: both wait on each other's
-- readers, and a deadlock with application transactions becomes possible.
BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TRIGGER orders_touch ON orders;
ALTER TABLE customers ADD COLUMN last_order_at timestamptz;
COMMIT;
