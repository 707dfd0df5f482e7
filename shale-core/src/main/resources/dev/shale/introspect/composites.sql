-- Composite types (CREATE TYPE ... AS, relkind 'c') of the chosen schemas, extension-owned ones
-- left out, one row per field in order: its type as an element type plus an array flag, as for
-- columns, and whether it has a collation of its own.
SELECT n.nspname AS schema, t.typname AS name, a.attname AS field,
       et.typtype AS type_kind, etn.nspname AS type_schema, et.typname AS type_name,
       pg_catalog.format_type(et.oid, a.atttypmod) AS type_sql,
       (ft.typsubscript = 'pg_catalog.array_subscript_handler'::regproc AND ft.typelem <> 0)
         AS is_array,
       (a.attcollation <> ft.typcollation) AS own_collation
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type ft ON ft.oid = a.atttypid
JOIN pg_catalog.pg_type et
  ON et.oid = CASE WHEN ft.typsubscript = 'pg_catalog.array_subscript_handler'::regproc
                        AND ft.typelem <> 0
                   THEN ft.typelem ELSE ft.oid END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
WHERE t.typtype = 'c'
  AND n.nspname = ANY (?)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2, a.attnum
