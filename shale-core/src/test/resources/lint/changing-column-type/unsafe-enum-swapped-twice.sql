-- expect: changing-column-type, renaming-object, drop-enum, changing-column-type, renaming-object, drop-enum
-- Prisma's way to change an enum's values: a new type, the column moved to it, the names swapped. The
-- second time, the column's type is the one renamed back to status: its move is a rewrite again.
CREATE TYPE status AS ENUM ('a', 'b', 'c');
CREATE TABLE tickets (id bigint PRIMARY KEY, status status);
-- in a later migration:
SET lock_timeout = '5s';
CREATE TYPE status_new AS ENUM ('z', 'a', 'b', 'c');
ALTER TABLE tickets ALTER COLUMN status TYPE status_new USING (status::text::status_new);
ALTER TYPE status RENAME TO status_old;
ALTER TYPE status_new RENAME TO status;
DROP TYPE status_old;
-- in a later migration:
SET lock_timeout = '5s';
CREATE TYPE status_new AS ENUM ('y', 'z', 'a', 'b', 'c');
ALTER TABLE tickets ALTER COLUMN status TYPE status_new USING (status::text::status_new);
ALTER TYPE status RENAME TO status_old;
ALTER TYPE status_new RENAME TO status;
DROP TYPE status_old;
