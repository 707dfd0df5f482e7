-- The columns of plain tables in the chosen schemas, in their order. A column's type is read as
-- its element type plus an array flag: enums by schema and name, any other type as format_type
-- prints it (qualified unless in pg_catalog or on the search_path, which the caller sets to
-- public). default_sql and generated_sql come from pg_attrdef (pretty-printed); the identity
-- sequence's options come from pg_sequence through its dependency (deptype 'i'). A collation is
-- read only where it is the column's own (not its type's default).
SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS name,
       et.typtype AS type_kind,
       etn.nspname AS type_schema, et.typname AS type_name,
       pg_catalog.format_type(et.oid, a.atttypmod) AS type_sql,
       (t.typsubscript = 'pg_catalog.array_subscript_handler'::regproc AND t.typelem <> 0)
         AS is_array,
       a.attnotnull AS not_null,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) AS expression,
       dsc.description AS comment,
       CASE WHEN a.attcollation <> t.typcollation THEN cn.nspname END AS collation_schema,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS identity_type,
       s.seqstart AS identity_start, s.seqincrement AS identity_increment,
       s.seqmin AS identity_min, s.seqmax AS identity_max, s.seqcache AS identity_cache,
       s.seqcycle AS identity_cycle
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et
  ON et.oid = CASE WHEN t.typsubscript = 'pg_catalog.array_subscript_handler'::regproc
                        AND t.typelem <> 0
                   THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description dsc
  ON dsc.objoid = c.oid AND dsc.classoid = 'pg_catalog.pg_class'::regclass AND dsc.objsubid = a.attnum
LEFT JOIN pg_catalog.pg_depend d
  ON a.attidentity <> '' AND d.refclassid = 'pg_catalog.pg_class'::regclass
 AND d.refobjid = c.oid AND d.refobjsubid = a.attnum
 AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY (?)
ORDER BY 1, 2, a.attnum
