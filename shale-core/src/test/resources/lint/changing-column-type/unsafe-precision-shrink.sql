-- expect: changing-column-type
-- Less precision rounds every stored value: the table is rewritten.
CREATE TABLE readings (id bigint PRIMARY KEY, taken_at timestamptz);
-- in a later migration:
ALTER TABLE readings ALTER COLUMN taken_at TYPE timestamptz(3);
