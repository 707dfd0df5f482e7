-- Sequences of the chosen schemas with their options; identity sequences (deptype 'i') are left
-- out, as they belong to their column. owner_* name the column a sequence is OWNED BY (deptype
-- 'a'), which makes a serial when that column's default calls it; regclass is the name as
-- nextval('…'::regclass) prints it.
SELECT n.nspname AS schema, c.relname AS name, c.oid::regclass::text AS regclass,
       pg_catalog.format_type(s.seqtypid, NULL) AS seq_type,
       s.seqstart AS seq_start, s.seqincrement AS seq_increment,
       s.seqmin AS seq_min, s.seqmax AS seq_max, s.seqcache AS seq_cache,
       s.seqcycle AS seq_cycle,
       own_ns.nspname AS owner_schema, own.relname AS owner_table, a.attname AS owner_column
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend d
  ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class own ON own.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace own_ns ON own_ns.oid = own.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE c.relkind = 'S'
  AND n.nspname = ANY (?)
  AND (d.deptype IS NULL OR d.deptype = 'a')
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend x
    WHERE x.classid = 'pg_catalog.pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY 1, 2
