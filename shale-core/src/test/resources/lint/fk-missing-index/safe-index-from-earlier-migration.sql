-- shale:no-transaction
-- expect: none
CREATE TABLE invoice_lines (id bigint PRIMARY KEY, invoice_id bigint NOT NULL);
CREATE INDEX invoice_lines_invoice_idx ON invoice_lines (invoice_id);
-- in a later migration:
ALTER TABLE invoice_lines ADD CONSTRAINT invoice_lines_invoice_fkey FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;
