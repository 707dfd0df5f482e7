-- expect: set-not-null
-- The rows are filled first, then the default and NOT NULL come in one statement: no NULL is
-- left for the NOT NULL to fail on (it still scans, as set-not-null says).
SET lock_timeout = '5s';
UPDATE users SET phone = '' WHERE phone IS NULL;
ALTER TABLE users ALTER COLUMN phone SET DEFAULT '', ALTER COLUMN phone SET NOT NULL;
