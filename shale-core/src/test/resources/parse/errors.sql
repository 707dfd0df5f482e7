CREATE TABLE ok_before (id int);
ALTER TABLE users ADD COLUMN;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
CREATE INDEX ON;
ALTER TYPE mood ADD VALUE happy;
SET lock_timeout;
TRUNCATE;
ALTER TABLE users DROP COLUMN a b;
CREATE TABLE t (id int) garbage here;
-- once an endless loop, found by ParseFuzz
ALTER TABLE t ADD COLUMN c int INITIALLY;
DROP TABLE ok_after;
-- PostgreSQL refuses these whatever the indexes
DROP INDEX CONCURRENTLY a, public.b;
DROP INDEX CONCURRENTLY a CASCADE;
-- an unbalanced parenthesis keeps the statement open to the end of the file, as in psql
ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0 NOT VALID;
DROP TABLE swallowed;
