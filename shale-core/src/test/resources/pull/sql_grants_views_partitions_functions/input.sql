-- Grants on views and materialized views, on a partitioned table and on its partitions (each its
-- own: the partitioned table's grant reaches none of them), and functions whose EXECUTE was
-- revoked from PUBLIC, as Supabase starter kits write them, are pulled: grant(...) calls and
-- revokeExecuteFromPublic(). Default privileges stay unmanaged, named per role, kind and schema.
DO $$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shale_pull_anon') THEN
    CREATE ROLE shale_pull_anon NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shale_pull_authenticated') THEN
    CREATE ROLE shale_pull_authenticated NOLOGIN;
  END IF;
END$$;

CREATE TABLE profiles (id bigint PRIMARY KEY, name text, secret text);
CREATE VIEW public_profiles AS SELECT id, name FROM profiles;
GRANT SELECT ON public_profiles TO shale_pull_anon;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public_profiles
  TO shale_pull_authenticated;
CREATE MATERIALIZED VIEW profile_count AS SELECT count(*) AS n FROM profiles;
GRANT SELECT ON profile_count TO PUBLIC;
GRANT SELECT ON profile_count TO shale_pull_authenticated WITH GRANT OPTION;

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
GRANT SELECT, INSERT ON events TO shale_pull_authenticated;
GRANT SELECT ON events_2025 TO shale_pull_anon;

CREATE FUNCTION is_admin() RETURNS boolean LANGUAGE sql STABLE AS 'SELECT false';
REVOKE EXECUTE ON FUNCTION is_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION is_admin() TO shale_pull_authenticated;

CREATE PROCEDURE purge(days integer) LANGUAGE sql AS 'DELETE FROM profiles WHERE id < days';
REVOKE ALL ON PROCEDURE purge(integer) FROM PUBLIC;

CREATE FUNCTION hello() RETURNS text LANGUAGE sql AS 'SELECT ''hi''::text';
GRANT EXECUTE ON FUNCTION hello() TO shale_pull_anon;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO shale_pull_anon;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO shale_pull_authenticated;
