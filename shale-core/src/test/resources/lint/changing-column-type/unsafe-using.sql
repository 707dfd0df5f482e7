-- shale:no-transaction
-- expect: changing-column-type, changing-column-type
CREATE DOMAIN short_text AS text CHECK (length(VALUE) < 100);
ALTER TABLE users ADD COLUMN note text, ADD COLUMN code text;
ALTER TABLE users ALTER COLUMN note TYPE text USING lower(note);
-- A domain with a CHECK is checked row by row: rewritten (measured on PostgreSQL 15).
ALTER TABLE users ALTER COLUMN code TYPE short_text;
