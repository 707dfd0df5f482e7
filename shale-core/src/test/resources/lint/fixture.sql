-- The schema the labelled corpus's migrations run on when TraceCorpusTest traces them: every
-- schema, table, column, index and function the corpus files use without creating them. Tables
-- are left empty (the trace puts rows in each) unless their rows must fit a later statement.
-- (LintCorpusTest reads only the folders of rules, not this file.) The tablespace corpus_space is
-- created by TraceCorpusTest itself: CREATE TABLESPACE needs a directory and runs outside a
-- transaction.
CREATE SCHEMA app;
CREATE SCHEMA archive;
CREATE FUNCTION make_token() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;

CREATE TABLE customers (id bigint PRIMARY KEY, name text);
CREATE TABLE coupons (id bigint PRIMARY KEY, code text);
-- name is char(40): the corpus changes it to text, a conversion that rewrites
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text,
  phone text,
  name char(40),
  first_name text,
  last_name text,
  legacy_name text,
  plan text
);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint,
  total numeric(10, 2),
  placed_at timestamptz,
  created_at timestamptz
);
CREATE INDEX orders_total_idx ON orders (total);
CREATE INDEX orders_created_idx ON orders (created_at);
CREATE TABLE events (id bigint, kind text);
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);
CREATE TABLE legacy_orders (id bigint PRIMARY KEY);
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE bookings (room int, during tstzrange);

CREATE TABLE measurements (city_id int, logdate date, peak int) PARTITION BY RANGE (logdate);
CREATE TABLE measurements_2020 PARTITION OF measurements FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
-- not attached yet; its rows fit the bound it is attached with
CREATE TABLE measurements_2025 (city_id int, logdate date, peak int);
INSERT INTO measurements_2025 VALUES (1, '2025-03-01', 10), (2, '2025-06-01', 20);

CREATE MATERIALIZED VIEW daily_sales AS
  SELECT date_trunc('day', created_at) AS day, sum(total) AS total FROM orders GROUP BY 1;

-- documents carries a trigger, a policy and a rule that corpus files alter or drop
CREATE TABLE documents (id bigint PRIMARY KEY, owner text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER documents_touch BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE RULE documents_log AS ON DELETE TO documents DO ALSO NOTIFY documents;
