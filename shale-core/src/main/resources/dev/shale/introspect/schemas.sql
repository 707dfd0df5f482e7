-- Every schema that is not the system's (pg_*, information_schema) nor an extension's; the
-- filter on names is applied by the caller, which may use globs.
SELECT n.nspname AS name
FROM pg_catalog.pg_namespace n
WHERE n.nspname !~ '^pg_'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY 1
