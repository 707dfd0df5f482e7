-- shale:no-transaction
-- expect: none
-- An online SET NOT NULL as shale generate writes it: once the check is validated, SET NOT NULL
-- reads no row (PostgreSQL 12+), so only the VALIDATE scans.
BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_total_not_null_check CHECK (total IS NOT NULL) NOT VALID;
COMMIT;

BEGIN;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_not_null_check;
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_total_not_null_check;
COMMIT;
