-- expect: none
-- lint: transaction=none lock-timeout=none
SET lock_timeout = '5s';
CREATE POLICY documents_tenant ON documents USING (owner = current_user);
CREATE RULE documents_audit AS ON UPDATE TO documents DO ALSO NOTIFY documents;
CREATE TRIGGER documents_check BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
