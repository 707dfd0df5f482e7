-- Partitioned tables of every strategy, as pg_dump-style schemas declare them: a range-partitioned
-- payment table (as the PostgreSQL port of Sakila has), with its key and index declared on the
-- parent and a partition's own index; a list partition in another schema; a hash-partitioned table;
-- a partition partitioned in turn; a default partition.
CREATE SCHEMA archive;

CREATE TABLE customer (id integer PRIMARY KEY, name text NOT NULL);

CREATE TABLE payment (
  payment_id bigint NOT NULL,
  customer_id integer NOT NULL REFERENCES customer (id),
  amount numeric(5,2) NOT NULL CHECK (amount >= 0),
  payment_date timestamp NOT NULL,
  PRIMARY KEY (payment_date, payment_id)
) PARTITION BY RANGE (payment_date);

CREATE INDEX payment_customer_idx ON payment (customer_id);

CREATE TABLE payment_p2022_01 PARTITION OF payment
  FOR VALUES FROM ('2022-01-01 00:00:00') TO ('2022-02-01 00:00:00');
CREATE TABLE payment_p2022_02 PARTITION OF payment
  FOR VALUES FROM ('2022-02-01') TO ('2022-03-01');
CREATE INDEX payment_p2022_02_amount_idx ON payment_p2022_02 (amount);
CREATE TABLE archive.payment_old PARTITION OF payment FOR VALUES FROM (MINVALUE) TO ('2022-01-01');
CREATE TABLE payment_rest PARTITION OF payment DEFAULT;

CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, at date NOT NULL)
  PARTITION BY LIST (lower(kind));
CREATE TABLE events_auth PARTITION OF events FOR VALUES IN ('login', 'logout')
  PARTITION BY RANGE (at);
CREATE TABLE events_auth_2025 PARTITION OF events_auth FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_null PARTITION OF events FOR VALUES IN (NULL);

CREATE TABLE sessions (id bigint PRIMARY KEY, token text) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  WITH (fillfactor = 90);
COMMENT ON TABLE sessions_1 IS 'Odd sessions';

-- Triggers: a row trigger and a statement trigger on a partitioned table (PostgreSQL copies the
-- row trigger onto every partition, sub-partitions included: the copies are not pulled), a
-- disabled row trigger, and a partition's own trigger.
CREATE FUNCTION payment_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER payment_touch BEFORE INSERT OR UPDATE ON payment
  FOR EACH ROW EXECUTE FUNCTION payment_touch();
CREATE TRIGGER payment_loaded AFTER INSERT ON payment
  FOR EACH STATEMENT EXECUTE FUNCTION payment_touch();
CREATE TRIGGER events_seen AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION payment_touch();
ALTER TABLE events DISABLE TRIGGER events_seen;
CREATE TRIGGER sessions_1_touch BEFORE UPDATE ON sessions_1
  FOR EACH ROW EXECUTE FUNCTION payment_touch();
