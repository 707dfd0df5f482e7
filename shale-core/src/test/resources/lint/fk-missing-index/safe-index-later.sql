-- expect: none
-- The index comes after the key in the same file: it counts.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id), issued date);
CREATE INDEX invoices_customer_issued_idx ON invoices (customer_id, issued);
