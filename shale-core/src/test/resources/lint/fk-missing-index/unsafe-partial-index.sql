-- shale:no-transaction
-- expect: fk-missing-index
-- A partial index other than one of NOT NULL keys, or one where the key's column is not first, does not serve the key.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint, issued date);
CREATE INDEX invoices_open_customer_idx ON invoices (customer_id) WHERE issued IS NULL;
CREATE INDEX invoices_issued_customer_idx ON invoices (issued, customer_id);
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
