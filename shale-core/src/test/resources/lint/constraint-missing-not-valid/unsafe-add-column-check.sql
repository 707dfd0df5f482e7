-- expect: constraint-missing-not-valid
-- ADD COLUMN … CHECK scans the table (measured on PostgreSQL 15), even with every value NULL.
ALTER TABLE orders ADD COLUMN discount numeric CHECK (discount >= 0);
