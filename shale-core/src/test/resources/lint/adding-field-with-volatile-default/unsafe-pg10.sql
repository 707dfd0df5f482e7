-- expect: adding-field-with-volatile-default
-- lint: pg=10
-- Before PostgreSQL 11 any default is written into every row.
ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';
