-- expect: set-local-outside-transaction
-- lint: transaction=none
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
-- The transaction ended: this SET LOCAL sets nothing for the next statement.
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN memo text;
