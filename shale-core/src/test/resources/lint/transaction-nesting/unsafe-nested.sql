-- expect: transaction-nesting
-- lint: transaction=none
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
BEGIN;
COMMIT;
