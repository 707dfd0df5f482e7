-- expect: syntax-error, drop-column
-- The first statement does not parse; the file is still checked after it.
ALTER TABLE orders ADD COLUMN;
ALTER TABLE users DROP COLUMN legacy_name;
