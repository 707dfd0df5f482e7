-- expect: none
-- An index renamed after an ACCESS EXCLUSIVE change of its table: the rename locks only the index,
-- in a mode no query's lock conflicts with, and at once.
-- shale:ignore drop-column
ALTER TABLE orders DROP COLUMN legacy_total;
ALTER INDEX orders_total_idx_new RENAME TO orders_total_idx;
