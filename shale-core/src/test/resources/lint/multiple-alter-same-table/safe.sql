-- expect: none
ALTER TABLE orders ADD COLUMN note text, ADD COLUMN memo text;
