-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SEQUENCE "Weird Seq" AS bigint;

CREATE TABLE accounts (
  id integer DEFAULT nextval('"Weird Seq"'::regclass) NOT NULL,
  name text DEFAULT ''::text NOT NULL,
  tags text[] DEFAULT ARRAY[]::text[] NOT NULL,
  scores integer[] DEFAULT ARRAY[1, 2, 3],
  settings jsonb DEFAULT '{"theme": "dark"}'::jsonb NOT NULL,
  code character varying(10) DEFAULT 'A-1'::character varying,
  expires timestamp(3) without time zone DEFAULT (CURRENT_TIMESTAMP + '30 days'::interval),
  ratio numeric(3,2) DEFAULT 0.50,
  flag boolean DEFAULT false NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);
