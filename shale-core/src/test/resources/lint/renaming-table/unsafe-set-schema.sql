-- expect: renaming-table
ALTER TABLE orders SET SCHEMA archive;
