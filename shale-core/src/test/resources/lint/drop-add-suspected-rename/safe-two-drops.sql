-- shale:no-transaction
-- expect: drop-column, drop-column
-- Two drops and one add of unknown types: no pair can be told.
ALTER TABLE users DROP COLUMN first_name;
ALTER TABLE users DROP COLUMN last_name;
ALTER TABLE users ADD COLUMN display_name text;
