-- expect: none
-- lint: transaction=none
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
BEGIN;
ALTER TABLE customers ADD COLUMN note text;
COMMIT;
