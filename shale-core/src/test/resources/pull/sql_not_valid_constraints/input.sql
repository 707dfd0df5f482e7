-- NOT VALID constraints: pulled with notValid(), so that the export adds them NOT VALID again
-- instead of validating rows that may not meet them.
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE transfers (id int PRIMARY KEY, account_id int, amount numeric);
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_check CHECK (balance >= 0) NOT VALID;
ALTER TABLE transfers ADD CONSTRAINT transfers_account_id_fkey
  FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_check CHECK (amount <> 0);
