-- expect: missing-lock-timeout
-- lint: lock-timeout=none
SET lock_timeout = '2s';
RESET lock_timeout;
ALTER TABLE orders ADD COLUMN note text;
