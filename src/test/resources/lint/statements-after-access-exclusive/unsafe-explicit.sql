-- expect: statements-after-access-exclusive
-- lint: transaction=none
BEGIN;
SET LOCAL lock_timeout = '2s';
DROP TRIGGER orders_touch ON orders;
INSERT INTO audit_log (event) VALUES ('orders_touch dropped');
COMMIT;
