-- expect: none
-- Queries do not name constraints or indexes: renaming them breaks no running code.
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique;
