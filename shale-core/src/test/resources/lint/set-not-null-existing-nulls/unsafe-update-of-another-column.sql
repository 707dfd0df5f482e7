-- expect: set-not-null-existing-nulls, set-not-null
-- An UPDATE of another column fills nothing: the NULL rows of phone stay, and the NOT NULL fails.
SET lock_timeout = '5s';
UPDATE users SET email = lower(email) WHERE id = 5;
ALTER TABLE users ALTER COLUMN phone SET DEFAULT '', ALTER COLUMN phone SET NOT NULL;
