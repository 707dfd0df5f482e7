-- shale:no-transaction
-- expect: none
-- A simple view under the old name reads and writes through to the renamed table.
ALTER TABLE orders RENAME TO purchases;
CREATE VIEW orders AS SELECT * FROM purchases;
