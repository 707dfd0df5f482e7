-- expect: validate-in-same-transaction, statements-after-access-exclusive
-- The ADD's ACCESS EXCLUSIVE lock is still held while VALIDATE scans: NOT VALID gains nothing.
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
