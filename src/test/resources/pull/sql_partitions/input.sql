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
