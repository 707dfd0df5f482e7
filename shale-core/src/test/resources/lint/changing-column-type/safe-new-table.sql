-- expect: none
CREATE TABLE ledger (id bigint PRIMARY KEY, amount integer);
ALTER TABLE ledger ALTER COLUMN amount TYPE bigint;
