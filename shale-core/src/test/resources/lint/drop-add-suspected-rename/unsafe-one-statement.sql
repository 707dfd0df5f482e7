-- expect: drop-column, drop-add-suspected-rename
ALTER TABLE users ADD COLUMN full_name text, DROP COLUMN name;
