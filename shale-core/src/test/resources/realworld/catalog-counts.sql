-- How many objects of each kind a database holds, as (kind, n) rows: what the counts.properties of
-- every corpus entry records and RealWorldSchemasLoadTest checks. Objects that belong to an
-- extension (pg_depend deptype 'e') and the system schemas are not counted. Runs the same on
-- PostgreSQL 14 to 18; `psql -At -F= -f catalog-counts.sql` prints it in the properties format.
WITH
ext AS (
  SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
),
ns AS (
  SELECT n.oid, n.nspname, n.nspowner, n.nspacl
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%'
    AND n.nspname NOT LIKE 'pg\_temp\_%'
    AND NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_namespace'::regclass AND ext.objid = n.oid)
),
rel AS (
  SELECT c.oid, c.relkind, c.relispartition, c.relpersistence, c.reloptions, c.relrowsecurity,
         c.relowner, c.relacl
  FROM pg_catalog.pg_class c
  JOIN ns ON ns.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_class'::regclass AND ext.objid = c.oid)
),
fn AS (
  SELECT p.oid, p.prokind, p.proowner, p.proacl
  FROM pg_catalog.pg_proc p
  JOIN ns ON ns.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_proc'::regclass AND ext.objid = p.oid)
),
typ AS (
  SELECT t.oid, t.typtype, t.typrelid, t.typowner, t.typacl
  FROM pg_catalog.pg_type t
  JOIN ns ON ns.oid = t.typnamespace
  WHERE NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_type'::regclass AND ext.objid = t.oid)
),
con AS (
  -- declared constraints only: not the copies that partitions inherit from their parent
  SELECT k.contype, k.convalidated
  FROM pg_catalog.pg_constraint k
  JOIN rel ON rel.oid = k.conrelid
  WHERE k.conparentid = 0
),
acl AS (
  -- one row per privilege granted to someone other than the object's owner
  SELECT a.grantee FROM rel, aclexplode(rel.relacl) a WHERE a.grantee <> rel.relowner
  UNION ALL
  SELECT a.grantee
  FROM rel
  JOIN pg_catalog.pg_attribute att ON att.attrelid = rel.oid AND att.attacl IS NOT NULL,
       aclexplode(att.attacl) a
  WHERE a.grantee <> rel.relowner
  UNION ALL
  SELECT a.grantee FROM fn, aclexplode(fn.proacl) a WHERE a.grantee <> fn.proowner
  UNION ALL
  SELECT a.grantee FROM typ, aclexplode(typ.typacl) a WHERE a.grantee <> typ.typowner
  UNION ALL
  SELECT a.grantee
  FROM ns, aclexplode(ns.nspacl) a
  WHERE a.grantee <> ns.nspowner AND ns.nspname <> 'public'
)
SELECT kind, n FROM (
  SELECT 1 AS ord, 'schemas' AS kind, count(*) AS n FROM ns
  UNION ALL SELECT 2, 'tables', count(*) FROM rel
    WHERE relkind IN ('r', 'p') AND NOT relispartition
  UNION ALL SELECT 3, 'partitioned_tables', count(*) FROM rel WHERE relkind = 'p'
  UNION ALL SELECT 4, 'partitions', count(*) FROM rel WHERE relkind IN ('r', 'p') AND relispartition
  UNION ALL SELECT 5, 'unlogged_tables', count(*) FROM rel
    WHERE relkind IN ('r', 'p') AND relpersistence = 'u'
  UNION ALL SELECT 6, 'foreign_tables', count(*) FROM rel WHERE relkind = 'f'
  UNION ALL SELECT 7, 'tables_with_storage_parameters', count(*) FROM rel
    WHERE relkind IN ('r', 'p', 'm') AND reloptions IS NOT NULL
  UNION ALL SELECT 8, 'rls_tables', count(*) FROM rel WHERE relrowsecurity
  UNION ALL SELECT 9, 'views', count(*) FROM rel WHERE relkind = 'v'
  UNION ALL SELECT 10, 'views_with_options', count(*) FROM rel
    WHERE relkind = 'v' AND reloptions IS NOT NULL
  UNION ALL SELECT 11, 'materialized_views', count(*) FROM rel WHERE relkind = 'm'
  UNION ALL SELECT 12, 'sequences', count(*) FROM rel WHERE relkind = 'S'
  UNION ALL SELECT 13, 'indexes', count(*) FROM rel WHERE relkind IN ('i', 'I')
  UNION ALL SELECT 14, 'functions', count(*) FROM fn WHERE prokind IN ('f', 'w')
  UNION ALL SELECT 15, 'procedures', count(*) FROM fn WHERE prokind = 'p'
  UNION ALL SELECT 16, 'aggregates', count(*) FROM fn WHERE prokind = 'a'
  UNION ALL SELECT 17, 'triggers', count(*)
    FROM pg_catalog.pg_trigger tg JOIN rel ON rel.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
  UNION ALL SELECT 18, 'event_triggers', count(*) FROM pg_catalog.pg_event_trigger et
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_catalog.pg_event_trigger'::regclass
                        AND ext.objid = et.oid)
  UNION ALL SELECT 19, 'policies', count(*)
    FROM pg_catalog.pg_policy pol JOIN rel ON rel.oid = pol.polrelid
  UNION ALL SELECT 20, 'domains', count(*) FROM typ WHERE typtype = 'd'
  UNION ALL SELECT 21, 'composite_types', count(*)
    FROM typ JOIN pg_catalog.pg_class c ON c.oid = typ.typrelid
    WHERE typ.typtype = 'c' AND c.relkind = 'c'
  UNION ALL SELECT 22, 'enums', count(*) FROM typ WHERE typtype = 'e'
  UNION ALL SELECT 23, 'range_types', count(*) FROM typ WHERE typtype = 'r'
  UNION ALL SELECT 24, 'collations', count(*)
    FROM pg_catalog.pg_collation col JOIN ns ON ns.oid = col.collnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_catalog.pg_collation'::regclass
                        AND ext.objid = col.oid)
  UNION ALL SELECT 25, 'extensions', count(*) FROM pg_catalog.pg_extension
    WHERE extname <> 'plpgsql'
  UNION ALL SELECT 26, 'primary_keys', count(*) FROM con WHERE contype = 'p'
  UNION ALL SELECT 27, 'unique_constraints', count(*) FROM con WHERE contype = 'u'
  UNION ALL SELECT 28, 'foreign_keys', count(*) FROM con WHERE contype = 'f'
  UNION ALL SELECT 29, 'check_constraints', count(*) FROM con WHERE contype = 'c'
  UNION ALL SELECT 30, 'exclusion_constraints', count(*) FROM con WHERE contype = 'x'
  UNION ALL SELECT 31, 'not_valid_constraints', count(*) FROM con WHERE NOT convalidated
  UNION ALL SELECT 32, 'grants', count(*) FROM acl
  UNION ALL SELECT 33, 'default_privileges', count(*) FROM pg_catalog.pg_default_acl
  UNION ALL SELECT 34, 'publications', count(*) FROM pg_catalog.pg_publication
) counts
ORDER BY ord;
