-- expect: transaction-nesting, transaction-nesting
-- shale migrate runs this file in a transaction: the BEGIN is ignored and the COMMIT ends it.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
