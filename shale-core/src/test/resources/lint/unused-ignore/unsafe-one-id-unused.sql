-- expect: unused-ignore
-- drop-column is suppressed; drop-table reports nothing here.
-- shale:ignore drop-column, drop-table
ALTER TABLE users DROP COLUMN legacy_name;
