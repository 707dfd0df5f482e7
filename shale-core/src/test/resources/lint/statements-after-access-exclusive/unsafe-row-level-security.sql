-- expect: statements-after-access-exclusive
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE RULE customers_log AS ON DELETE TO customers DO ALSO NOTIFY customers;
