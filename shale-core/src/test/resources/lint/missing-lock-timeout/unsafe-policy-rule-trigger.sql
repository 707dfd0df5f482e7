-- expect: missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout, missing-lock-timeout
-- lint: transaction=none lock-timeout=none
-- Quick catalog changes, but each waits for its lock behind a long query (pg_locks in the same
-- transaction): ACCESS EXCLUSIVE for policies, rules and row level security, and for dropping a
-- trigger; SHARE ROW EXCLUSIVE for creating, enabling or disabling one.
CREATE POLICY documents_tenant ON documents USING (owner = current_user);
ALTER POLICY documents_owner ON documents USING (owner = session_user);
DROP POLICY documents_owner ON documents;
CREATE RULE documents_audit AS ON UPDATE TO documents DO ALSO NOTIFY documents;
DROP RULE documents_log ON documents;
CREATE TRIGGER documents_check BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE documents DISABLE TRIGGER documents_touch;
DROP TRIGGER documents_touch ON documents;
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
