-- Triggers of every kind Shale manages, and one on a view it leaves alone.
CREATE SCHEMA audit;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE FUNCTION audit.log_change() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;

CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  status varchar(20),
  balance numeric(12, 2),
  updated_at timestamptz
);

CREATE TABLE "Ledger" (
  id bigint PRIMARY KEY,
  account_id bigint REFERENCES accounts (id),
  "Amount" numeric(12, 2)
);

CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON accounts
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER accounts_status AFTER UPDATE OF status, balance ON accounts
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.balance > 0)
  EXECUTE FUNCTION audit.log_change('status', 'it''s');

CREATE TRIGGER accounts_truncate AFTER TRUNCATE ON accounts
  FOR EACH STATEMENT EXECUTE FUNCTION audit.log_change();

CREATE TRIGGER accounts_deleted AFTER DELETE ON accounts
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION audit.log_change();

CREATE CONSTRAINT TRIGGER "Ledger_check" AFTER INSERT OR UPDATE ON "Ledger" FROM accounts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit.log_change();

CREATE TRIGGER "Ledger_amount" BEFORE UPDATE OF "Amount" ON "Ledger"
  FOR EACH ROW EXECUTE FUNCTION audit.log_change();

ALTER TABLE accounts DISABLE TRIGGER accounts_truncate;
ALTER TABLE "Ledger" ENABLE REPLICA TRIGGER "Ledger_amount";
ALTER TABLE accounts ENABLE ALWAYS TRIGGER accounts_deleted;

CREATE VIEW balances AS SELECT id, balance FROM accounts;

CREATE FUNCTION balances_write() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;

CREATE TRIGGER balances_write INSTEAD OF UPDATE ON balances
  FOR EACH ROW EXECUTE FUNCTION balances_write();
