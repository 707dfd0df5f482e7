-- Plain tables of the chosen schemas (relkind 'r'; partitions and inheritance children are
-- reported by unmanaged.sql instead), with their comments, row-level security flags, persistence
-- and storage parameters (those of the TOAST table apart); extension-owned ones are left out.
SELECT n.nspname AS schema, c.relname AS name,
       dsc.description AS comment,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       c.relpersistence = 'u' AS unlogged,
       c.reloptions AS options,
       (SELECT t.reloptions FROM pg_catalog.pg_class t WHERE t.oid = c.reltoastrelid)
         AS toast_options
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description dsc
  ON dsc.objoid = c.oid AND dsc.classoid = 'pg_catalog.pg_class'::regclass AND dsc.objsubid = 0
WHERE c.relkind = 'r'
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
