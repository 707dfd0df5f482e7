-- shale:no-transaction
-- expect: none
-- shale:ignore-file renaming-column
-- shale:ignore drop-column
ALTER TABLE users DROP COLUMN legacy_name;
/* shale:ignore drop-table */
DROP TABLE legacy_orders;
ALTER TABLE users RENAME COLUMN name TO full_name;
