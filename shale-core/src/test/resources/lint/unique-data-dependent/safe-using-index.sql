-- expect: none
-- The index's own build already proved the rows distinct.
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
