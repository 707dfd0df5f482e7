-- Row-level security and policies are pulled as table parts: the flags, each policy's kind,
-- command, roles and expressions as the server prints them. A partitioned table's policies stay
-- unmanaged, with the table.
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  owner name NOT NULL DEFAULT current_user,
  balance numeric(12, 2) NOT NULL DEFAULT 0
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_rows ON accounts USING (owner = current_user) WITH CHECK (owner = current_user AND balance >= 0);
CREATE POLICY monitors ON accounts AS RESTRICTIVE FOR SELECT TO pg_monitor, pg_read_all_data USING (balance < 1000000);
CREATE POLICY "Insert Own" ON accounts FOR INSERT TO PUBLIC WITH CHECK (owner = current_user);

CREATE TABLE audit (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
CREATE POLICY inactive ON audit FOR DELETE USING (account_id IN (SELECT id FROM accounts WHERE balance = 0));

CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY recent ON events USING (at > '2020-01-01');
