-- Everything in the chosen schemas that the model does not hold, as (kind, schema, name, table):
-- table is set for what belongs to a table, so that the caller can apply its table filter.
-- Extension-owned objects are left out (the extension itself is in the model), and so are domains
-- and composite types (domains.sql, composites.sql). Functions and
-- procedures are in the model, but for aggregates, window functions, C or internal functions and
-- BEGIN ATOMIC bodies (functions.sql). Triggers are in the model, but for those of views,
-- foreign tables and inheriting tables (triggers.sql). A partition's columns are its parent's:
-- a default or NOT NULL of its own is listed. The copies of a partitioned table's row
-- trigger on its partitions (tgparentid, internal before PostgreSQL 15) are not triggers of
-- their own. Partitioned tables and
-- partitions are in the model; inheritance children and foreign tables are not. A routine's arguments are spelled without IN, which
-- PostgreSQL 14 prints for procedures and later versions do not.
WITH ext AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
), rel AS (
  SELECT c.oid, c.relname, c.relkind, c.relispartition, c.relpersistence, c.relrowsecurity,
         n.nspname,
         c.relkind IN ('r', 'p')
           AND (c.relispartition
                OR NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid))
           AS managed
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY (?)
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_class'::regclass
                                      AND ext.objid = c.oid)
)
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                      WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
       n.nspname AS schema,
       p.proname || '('
         || regexp_replace(pg_catalog.pg_get_function_identity_arguments(p.oid),
                           '(^|, )IN ', '\1', 'g')
         || ')' AS name,
       NULL AS table_name
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE n.nspname = ANY (?)
  AND (p.prokind IN ('a', 'w') OR l.lanname IN ('c', 'internal') OR p.prosqlbody IS NOT NULL)
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_proc'::regclass
                                    AND ext.objid = p.oid)
UNION ALL
SELECT CASE t.typtype WHEN 'r' THEN 'range type' ELSE 'base type' END,
       n.nspname, t.typname, NULL
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
  AND (t.typtype = 'r' OR (t.typtype = 'b' AND t.typcategory <> 'A'))
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::regclass
                                    AND ext.objid = t.oid)
UNION ALL
SELECT CASE WHEN r.relkind = 'f' THEN 'foreign table' ELSE 'inheriting table' END,
       r.nspname, r.relname, r.relname
FROM rel r
WHERE r.relkind = 'f' OR (r.relkind = 'r' AND NOT r.managed)
UNION ALL
SELECT 'row level security', r.nspname, r.relname, r.relname
FROM rel r
WHERE r.relrowsecurity AND NOT r.managed
UNION ALL
SELECT 'policy', r.nspname, pol.polname || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_policy pol JOIN rel r ON r.oid = pol.polrelid
WHERE NOT r.managed
UNION ALL
SELECT 'trigger', r.nspname, tg.tgname || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND NOT r.managed
UNION ALL
SELECT CASE WHEN a.attnotnull AND NOT pa.attnotnull THEN 'partition column NOT NULL'
            ELSE 'partition column default' END,
       r.nspname, a.attname || ' of ' || r.relname, r.relname
FROM rel r
JOIN pg_catalog.pg_inherits i ON i.inhrelid = r.oid
JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_attribute pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = r.oid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
WHERE r.relispartition AND r.managed
  AND (a.attnotnull AND NOT pa.attnotnull
       OR pg_catalog.pg_get_expr(d.adbin, d.adrelid)
          IS DISTINCT FROM pg_catalog.pg_get_expr(pd.adbin, pd.adrelid))
UNION ALL
SELECT 'rule', r.nspname, ru.rulename || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_rewrite ru JOIN rel r ON r.oid = ru.ev_class
WHERE ru.rulename <> '_RETURN'
UNION ALL
SELECT 'exclusion constraint storage parameters', r.nspname, k.conname || ' on ' || r.relname,
       r.relname
FROM pg_catalog.pg_constraint k JOIN rel r ON r.oid = k.conrelid
JOIN pg_catalog.pg_class ic ON ic.oid = k.conindid
WHERE k.contype = 'x' AND r.managed AND ic.reloptions IS NOT NULL
UNION ALL
SELECT 'index storage parameters', r.nspname, ic.relname || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_index i
JOIN rel r ON r.oid = i.indrelid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE r.managed AND ic.reloptions IS NOT NULL
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND EXISTS (SELECT FROM pg_catalog.pg_constraint k
              WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u'))
UNION ALL
SELECT 'index comment', r.nspname, ic.relname || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_index i
JOIN rel r ON r.oid = i.indrelid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE (r.managed OR r.relkind = 'm')
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k
                  WHERE k.conindid = i.indexrelid AND k.contype = 'x')
  AND pg_catalog.obj_description(ic.oid, 'pg_class') IS NOT NULL
UNION ALL
SELECT 'constraint comment', r.nspname, k.conname || ' on ' || r.relname, r.relname
FROM pg_catalog.pg_constraint k JOIN rel r ON r.oid = k.conrelid
WHERE k.contype <> 'x' AND r.managed AND k.conparentid = 0
  AND pg_catalog.obj_description(k.oid, 'pg_constraint') IS NOT NULL
UNION ALL
SELECT 'sequence comment', r.nspname, r.relname, NULL
FROM rel r
WHERE r.relkind = 'S' AND pg_catalog.obj_description(r.oid, 'pg_class') IS NOT NULL
UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'enum comment' WHEN 'd' THEN 'domain comment'
                      ELSE 'composite type comment' END,
       n.nspname, t.typname, NULL
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
WHERE n.nspname = ANY (?) AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND c.relkind = 'c'))
  AND pg_catalog.obj_description(t.oid, 'pg_type') IS NOT NULL
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_type'::regclass
                                    AND ext.objid = t.oid)
UNION ALL
SELECT 'collation', n.nspname, co.collname, NULL
FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_collation'::regclass
                                    AND ext.objid = co.oid)
UNION ALL
SELECT 'statistics object', n.nspname, st.stxname, NULL
FROM pg_catalog.pg_statistic_ext st JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace
WHERE n.nspname = ANY (?)
UNION ALL
SELECT 'text search configuration', n.nspname, cfg.cfgname, NULL
FROM pg_catalog.pg_ts_config cfg JOIN pg_catalog.pg_namespace n ON n.oid = cfg.cfgnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = 'pg_catalog.pg_ts_config'::regclass
                                    AND ext.objid = cfg.oid)
ORDER BY 1, 2, 3
