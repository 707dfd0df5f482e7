-- shale:no-transaction
-- expect: drop-column
-- An UPDATE copies the data across: the drop loses nothing the add does not keep.
ALTER TABLE users ADD COLUMN full_name text;
UPDATE users SET full_name = name WHERE full_name IS NULL;
ALTER TABLE users DROP COLUMN name;
