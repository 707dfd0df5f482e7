-- expect: none
CREATE TABLE invites (id bigint PRIMARY KEY, email text NOT NULL);
ALTER TABLE invites ALTER COLUMN email DROP NOT NULL;
