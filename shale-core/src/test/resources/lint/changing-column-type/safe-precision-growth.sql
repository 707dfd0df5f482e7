-- expect: none
-- More fractional-seconds precision keeps every stored value: no rewrite (measured on PostgreSQL 15).
CREATE TABLE readings (id bigint PRIMARY KEY, taken_at timestamp(3), logged_at timestamptz(0), at_time time(2));
-- in a later migration:
ALTER TABLE readings ALTER COLUMN taken_at TYPE timestamp(6), ALTER COLUMN logged_at TYPE timestamptz, ALTER COLUMN at_time TYPE time(5);
