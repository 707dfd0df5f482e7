-- NOT VALID constraints: the model holds the constraint but not its state, so pull lists them
-- in its warning, and the export creates them validated (catalog.diff).
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE transfers (id int PRIMARY KEY, account_id int, amount numeric);
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_check CHECK (balance >= 0) NOT VALID;
ALTER TABLE transfers ADD CONSTRAINT transfers_account_id_fkey
  FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_check CHECK (amount <> 0);
