-- shale:no-transaction
-- expect: none
-- A partial index that only leaves out NULL keys serves the key: the lookup a DELETE on customers
-- makes (WHERE customer_id = $1) implies customer_id IS NOT NULL.
CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX invoices_customer_idx ON invoices (customer_id) WHERE (customer_id IS NOT NULL);
ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
