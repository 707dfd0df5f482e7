-- expect: none
-- lint: transaction=none lock-timeout=none
-- The table is new in this deploy: nobody uses it yet, so its locks wait for nothing.
CREATE TABLE notes (id bigint PRIMARY KEY, owner text);
CREATE POLICY notes_owner ON notes USING (owner = current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE RULE notes_log AS ON DELETE TO notes DO ALSO NOTIFY notes;
