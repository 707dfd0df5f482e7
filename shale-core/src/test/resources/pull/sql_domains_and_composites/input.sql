-- Domains and composite types, pulled as declared objects that columns, fields, other domains
-- and function arguments refer to by their Java constants; declared before their users.
CREATE SCHEMA billing;
CREATE TYPE currency AS ENUM ('EUR', 'USD');
CREATE DOMAIN billing.code AS varchar(10) COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
CREATE DOMAIN positive_amount AS numeric(12,2) NOT NULL DEFAULT 0
  CONSTRAINT positive CHECK (VALUE >= 0)
  CONSTRAINT "Below a Million" CHECK (VALUE < 1000000);
CREATE DOMAIN money_currency AS currency DEFAULT 'EUR';
CREATE DOMAIN tags AS text[];
CREATE TYPE price AS (amount positive_amount, currency money_currency, codes billing.code[]);
CREATE TYPE order_line AS (qty integer, unit price, note text);
CREATE FUNCTION line_total(l order_line) RETURNS numeric LANGUAGE sql IMMUTABLE
  AS $$SELECT (l).qty * ((l).unit).amount$$;
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  total positive_amount,
  currency money_currency NOT NULL,
  lines order_line[],
  labels tags,
  code billing.code
);
