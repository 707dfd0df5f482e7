-- shale:no-transaction
-- expect: none
-- The column was added by this deploy: no running code uses it yet.
ALTER TABLE users ADD COLUMN import_batch text;
ALTER TABLE users DROP COLUMN import_batch;
