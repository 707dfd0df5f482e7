-- Tables of the chosen schemas: plain ones, partitioned ones (relkind 'p', with their key) and
-- partitions (with their parent and bound); inheritance children are reported by unmanaged.sql
-- instead. With their comments, row-level security flags, persistence and storage parameters
-- (those of the TOAST table apart); extension-owned ones are left out.
SELECT n.nspname AS schema, c.relname AS name,
       dsc.description AS comment,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       c.relpersistence = 'u' AS unlogged,
       c.reloptions AS options,
       (SELECT t.reloptions FROM pg_catalog.pg_class t WHERE t.oid = c.reltoastrelid)
         AS toast_options,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname AS parent_schema, p.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END
         AS partition_bound
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description dsc
  ON dsc.objoid = c.oid AND dsc.classoid = 'pg_catalog.pg_class'::regclass AND dsc.objsubid = 0
LEFT JOIN pg_catalog.pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class p ON p.oid = pi.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY (?)
  AND (c.relispartition
       OR NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid))
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
