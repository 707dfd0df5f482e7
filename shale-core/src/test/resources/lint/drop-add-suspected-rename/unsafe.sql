-- shale:no-transaction
-- expect: drop-column, drop-add-suspected-rename
-- The old column's type is unknown (no migration read here created users): paired by table.
ALTER TABLE users DROP COLUMN name;
ALTER TABLE users ADD COLUMN full_name text;
