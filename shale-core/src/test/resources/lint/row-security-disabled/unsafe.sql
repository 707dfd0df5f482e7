-- expect: row-security-disabled
ALTER TABLE documents DISABLE ROW LEVEL SECURITY;
