-- expect: none
-- lint: transaction=none
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
UPDATE orders SET note = 'migrated' WHERE id < 1000;
