-- Domains of the chosen schemas (extension-owned ones left out): the base type as an element type
-- plus an array flag (user types by schema and name, others as format_type prints them, qualified
-- unless in pg_catalog or on the search_path), the default and the collation when it is not the
-- base type's, and one row per check constraint (none: one row with a null check name).
SELECT n.nspname AS schema, t.typname AS name,
       bt.typtype AS type_kind, btn.nspname AS type_schema, bt.typname AS type_name,
       pg_catalog.format_type(bt.oid, t.typtypmod) AS type_sql,
       (b.typsubscript = 'pg_catalog.array_subscript_handler'::regproc AND b.typelem <> 0)
         AS is_array,
       t.typnotnull AS not_null,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0, true) AS default_sql,
       CASE WHEN t.typcollation <> b.typcollation THEN co.collname END AS collation,
       k.conname AS check_name,
       pg_catalog.pg_get_expr(k.conbin, 0, true) AS check_sql,
       k.convalidated AS check_valid
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
JOIN pg_catalog.pg_type bt
  ON bt.oid = CASE WHEN b.typsubscript = 'pg_catalog.array_subscript_handler'::regproc
                        AND b.typelem <> 0
                   THEN b.typelem ELSE b.oid END
JOIN pg_catalog.pg_namespace btn ON btn.oid = bt.typnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_constraint k ON k.contypid = t.oid AND k.contype = 'c'
WHERE t.typtype = 'd'
  AND n.nspname = ANY (?)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY 1, 2, k.conname
