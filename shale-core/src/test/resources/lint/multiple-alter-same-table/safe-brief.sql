-- expect: none
-- Catalog-only changes: the lock is already held, nothing is scanned twice.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD COLUMN memo text;
