-- expect: multiple-alter-same-table, statements-after-access-exclusive
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ADD COLUMN memo text;
