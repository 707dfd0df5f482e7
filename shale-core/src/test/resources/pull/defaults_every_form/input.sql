-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TYPE status AS ENUM ('active', 'it''s done');

CREATE SEQUENCE "Order_seq" AS bigint;

CREATE SEQUENCE counter AS bigint;

CREATE TABLE defaults (
  empty_text text DEFAULT '',
  empty_text_cast text DEFAULT ''::text,
  quoted text DEFAULT 'it''s',
  backslash text DEFAULT 'C:\temp\',
  two_lines text DEFAULT 'first
second',
  varchar_cast character varying(20) DEFAULT 'a'::character varying,
  zero integer DEFAULT 0,
  negative integer DEFAULT -1,
  big bigint DEFAULT 10000000000,
  expression integer DEFAULT (1 + 2),
  int_cast integer DEFAULT '7'::integer,
  "decimal" numeric(10,2) DEFAULT 9.99,
  floating double precision DEFAULT '-Infinity'::double precision,
  yes boolean DEFAULT true,
  upper_false boolean DEFAULT FALSE,
  created_at timestamp with time zone DEFAULT now(),
  current timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
  tomorrow timestamp with time zone DEFAULT (now() + '1 day'::interval),
  today date DEFAULT CURRENT_DATE,
  leap date DEFAULT '2024-02-29',
  token uuid DEFAULT gen_random_uuid(),
  doc jsonb DEFAULT '{}'::jsonb,
  doc_plain json DEFAULT '{"a": [1, 2]}',
  empty_array text[] DEFAULT ARRAY[]::text[],
  empty_array_literal integer[] DEFAULT '{}'::integer[],
  array_constructor text[] DEFAULT ARRAY['a', 'b'],
  status status DEFAULT 'it''s done',
  status_cast status DEFAULT 'active'::status,
  counted bigint DEFAULT nextval('counter'::regclass),
  ordered bigint DEFAULT nextval('"Order_seq"'::regclass),
  raw_bytes bytea DEFAULT '\x00ff'::bytea,
  span interval DEFAULT '01:00:00'::interval
);
