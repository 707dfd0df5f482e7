-- expect: multiple-alter-same-table, statements-after-access-exclusive
-- lint: transaction=none
-- Reported on the second ALTER only.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;
ALTER TABLE public.orders ADD COLUMN memo text;
COMMIT;
