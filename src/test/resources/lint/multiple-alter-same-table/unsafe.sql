-- expect: multiple-alter-same-table, statements-after-access-exclusive, changing-column-type, changing-column-type
-- Two rewrites of the same table, one after the other.
ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2) USING total::numeric;
