-- Extensions installed into the chosen schemas, with the version installed and the version the
-- server would install by default. plpgsql lives in pg_catalog and is never chosen.
SELECT e.extname AS name, n.nspname AS schema, e.extversion AS version,
       a.default_version AS default_version
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
WHERE n.nspname = ANY (?)
ORDER BY 1
