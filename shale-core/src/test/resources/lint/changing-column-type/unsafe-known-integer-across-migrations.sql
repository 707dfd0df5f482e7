-- expect: changing-column-type
CREATE TABLE invoices (id bigint PRIMARY KEY, quantity integer NOT NULL);
-- in a later migration:
ALTER TABLE invoices ALTER COLUMN quantity TYPE bigint;
