-- expect: add-unique-constraint
-- The new column is NULL everywhere (no duplicates), but its index is built under ACCESS EXCLUSIVE.
ALTER TABLE users ADD COLUMN handle text UNIQUE;
