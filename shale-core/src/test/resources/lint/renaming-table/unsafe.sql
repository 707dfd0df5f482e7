-- expect: renaming-table
ALTER TABLE orders RENAME TO purchases;
