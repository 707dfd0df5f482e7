-- shale:no-transaction
-- expect: set-not-null
-- lint: pg=11
-- Before PostgreSQL 12 a valid CHECK does not spare the scan.
ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
