-- Functions and procedures are pulled as the server stores them: signatures as it prints them,
-- bodies verbatim (as text blocks when they span lines). Aggregates and BEGIN ATOMIC bodies stay
-- unmanaged; the functions an extension owns are never read.
CREATE EXTENSION IF NOT EXISTS citext SCHEMA public;
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TYPE mood AS ENUM ('ok', 'sad');

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();	-- a tab before this comment
  RETURN NEW;  
END;
$$;

CREATE FUNCTION full_name(first text, last varchar(80) DEFAULT '') RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT first || '' '' || last';

CREATE FUNCTION area(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 * $1';
CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE
  AS 'SELECT w * h';

CREATE FUNCTION stats(OUT total bigint, OUT newest timestamptz) LANGUAGE sql STABLE
  AS 'SELECT 1::bigint, now()';
CREATE FUNCTION first_id(OUT id bigint) LANGUAGE sql AS 'SELECT 1::bigint';
CREATE FUNCTION pairs(n integer) RETURNS TABLE(k integer, v text) LANGUAGE sql
  AS 'SELECT i, i::text FROM generate_series(1, n) AS i';
CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql AS $$SELECT 'a' UNION ALL SELECT 'b\c'$$;
CREATE FUNCTION sum_all(VARIADIC nums integer[]) RETURNS bigint LANGUAGE sql
  AS 'SELECT sum(n) FROM unnest(nums) AS n';
CREATE FUNCTION label(m mood, s app.status[]) RETURNS text LANGUAGE sql AS $q$SELECT m::text || ' """' || s::text$q$;
CREATE FUNCTION shout(t citext) RETURNS citext LANGUAGE sql AS 'SELECT upper(t::text)::citext';

CREATE FUNCTION app.next_code(prefix text DEFAULT 'INV') RETURNS text
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = app, pg_temp SET work_mem = '64MB' AS $$
DECLARE n bigint;
BEGIN
  SELECT count(*) + 1 INTO n FROM app.invoices;
  RETURN prefix || '-' || n;
END
$$;
CREATE PROCEDURE app.archive(days integer DEFAULT 30, INOUT removed bigint DEFAULT 0)
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM app.invoices WHERE created_at < now() - make_interval(days => days);
  GET DIAGNOSTICS removed = ROW_COUNT;
END
$$;

CREATE TABLE app.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL DEFAULT app.next_code(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz,
  status app.status NOT NULL DEFAULT 'new'
);
CREATE INDEX invoices_area ON app.invoices (area(id::integer));

-- Left unmanaged.
CREATE AGGREGATE concat_all(text) (SFUNC = textcat, STYPE = text);
CREATE FUNCTION atomic_one() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
