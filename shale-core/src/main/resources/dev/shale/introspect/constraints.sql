-- Primary keys, unique, foreign key and check constraints of tables in the chosen schemas.
-- Column lists keep the constraint's order (conkey, confkey). Exclusion constraints (contype 'x')
-- and PostgreSQL 18's NOT NULL constraints (contype 'n', which attnotnull already says) are not
-- read here. {{nulls_not_distinct}} and {{set_columns}} are filled in per server version (15+).
SELECT n.nspname AS schema, c.relname AS table_name, k.conname AS name, k.contype AS type,
       ARRAY(SELECT a.attname
             FROM unnest(k.conkey) WITH ORDINALITY AS x(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum
             ORDER BY x.ord) AS columns,
       fn.nspname AS target_schema, f.relname AS target_table,
       ARRAY(SELECT a.attname
             FROM unnest(k.confkey) WITH ORDINALITY AS x(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum
             ORDER BY x.ord) AS target_columns,
       k.confupdtype AS on_update, k.confdeltype AS on_delete, k.confmatchtype AS match_type,
       k.condeferrable AS deferrable, k.condeferred AS deferred,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_expr(k.conbin, k.conrelid, true) END
         AS expression,
       k.conislocal AS is_local, k.connoinherit AS no_inherit, k.convalidated AS validated,
       {{nulls_not_distinct}} AS nulls_not_distinct,
       {{set_columns}} AS has_set_columns
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class f ON f.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.relnamespace
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = k.conindid AND k.contype IN ('p', 'u')
WHERE k.contype IN ('p', 'u', 'f', 'c')
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY (?)
  AND k.conparentid = 0
  AND (k.conislocal OR NOT c.relispartition)
ORDER BY 1, 2, 3
