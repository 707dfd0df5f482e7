-- expect: set-not-null
-- lint: transaction=none
-- A CHECK with OR proves neither column NOT NULL: the server still scans.
ALTER TABLE users ADD CONSTRAINT users_contact CHECK (email IS NOT NULL OR phone IS NOT NULL) NOT VALID;
COMMIT;
ALTER TABLE users VALIDATE CONSTRAINT users_contact;
COMMIT;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
