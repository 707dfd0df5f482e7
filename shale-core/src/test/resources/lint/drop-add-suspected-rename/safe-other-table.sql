-- shale:no-transaction
-- expect: drop-column
ALTER TABLE users DROP COLUMN name;
ALTER TABLE customers ADD COLUMN full_name text;
