-- expect: statements-after-access-exclusive
-- Reported once, on the UPDATE: orders stays locked for it and for the INSERT.
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = 'migrated' WHERE id < 1000;
INSERT INTO audit_log (event) VALUES ('orders.note added');
