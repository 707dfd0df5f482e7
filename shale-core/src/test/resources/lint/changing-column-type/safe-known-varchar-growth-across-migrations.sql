-- expect: none
-- The first migration is what an earlier deploy created; the second widens the column: no rewrite.
CREATE TABLE invoices (id bigint PRIMARY KEY, reference varchar(20) NOT NULL, amount numeric(10, 2));
-- in a later migration:
ALTER TABLE invoices ALTER COLUMN reference TYPE varchar(40), ALTER COLUMN amount TYPE numeric(14, 2);
