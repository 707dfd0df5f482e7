-- expect: missing-lock-timeout
-- lint: lock-timeout=none
ALTER TABLE orders ADD COLUMN note text;
