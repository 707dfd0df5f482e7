-- expect: statements-after-access-exclusive
-- CREATE POLICY takes ACCESS EXCLUSIVE on documents (measured), held while customers is altered.
CREATE POLICY documents_tenant ON documents USING (owner = current_user);
ALTER TABLE customers ADD COLUMN note text;
