-- Grants are pulled as grant(...) calls on their tables, views, sequences, schemas and functions
-- (every privilege of a kind folded into ALL), revokeExecuteFromPublic() on a function whose EXECUTE
-- was revoked from PUBLIC, the roles they name as role(...) declarations (built-in pg_ roles left
-- out). The owner's own privileges and PUBLIC's defaults are not grants. Column privileges and
-- default privileges stay unmanaged.
DO $$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shale_pull_reader') THEN
    CREATE ROLE shale_pull_reader;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shale_pull_writer') THEN
    CREATE ROLE shale_pull_writer LOGIN NOINHERIT;
  END IF;
END$$;

CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO shale_pull_reader, shale_pull_writer;
GRANT CREATE ON SCHEMA public TO shale_pull_writer;

CREATE TABLE app.items (id bigint PRIMARY KEY, name text);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON app.items TO shale_pull_writer;
GRANT SELECT ON app.items TO shale_pull_reader WITH GRANT OPTION;
GRANT INSERT ON app.items TO shale_pull_reader;
GRANT SELECT (name) ON app.items TO pg_monitor;

CREATE SEQUENCE app.ticket;
GRANT USAGE, SELECT ON SEQUENCE app.ticket TO shale_pull_writer;

CREATE FUNCTION app.item_count(since bigint) RETURNS bigint LANGUAGE sql
AS 'SELECT count(*) FROM app.items WHERE id > since';
GRANT EXECUTE ON FUNCTION app.item_count(bigint) TO shale_pull_reader;

CREATE FUNCTION secret() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION secret() FROM PUBLIC;

CREATE TABLE notes (id bigint PRIMARY KEY);
GRANT SELECT ON notes TO PUBLIC;
GRANT SELECT ON notes TO pg_read_all_data;

CREATE VIEW app.item_names AS SELECT name FROM app.items;
GRANT SELECT ON app.item_names TO shale_pull_reader;

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO shale_pull_reader;
