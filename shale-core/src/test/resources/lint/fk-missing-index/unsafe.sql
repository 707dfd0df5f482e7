-- expect: fk-missing-index
-- A new table: the key's check is free, but deletes on customers will scan it.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
