-- expect: multiple-alter-same-table, statements-after-access-exclusive, set-not-null, constraint-missing-not-valid
-- lint: transaction=none
-- Reported on the second ALTER that scans only; the brief one between does not count.
BEGIN;
ALTER TABLE orders ALTER COLUMN placed_at SET NOT NULL;
ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;
ALTER TABLE public.orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);
COMMIT;
