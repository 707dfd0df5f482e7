-- expect: none
-- Settings, comments and COMMIT after the lock do not hold it any longer.
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
COMMENT ON COLUMN orders.note IS 'free text from support';
RESET statement_timeout;
