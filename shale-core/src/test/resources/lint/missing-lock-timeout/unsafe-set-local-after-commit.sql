-- expect: missing-lock-timeout
-- lint: lock-timeout=none transaction=none
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
-- The SET LOCAL ended with its transaction.
ALTER TABLE orders ADD COLUMN memo text;
