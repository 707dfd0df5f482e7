-- Triggers of the tables, partitioned tables and partitions of the chosen schemas (not internal
-- ones, which foreign keys and deferred unique keys make, nor the copies of a partitioned table's
-- row triggers on its partitions (tgparentid; internal before PostgreSQL 15), nor those of
-- inheriting or extension-owned tables). tgtype bits: 1 row, 2 before,
-- 4 insert, 8 delete, 16 update, 32 truncate, 64 instead of. The arguments come as tgargs, each
-- ended by a zero byte; the WHEN condition is taken from the definition the server prints.
SELECT n.nspname AS schema, c.relname AS table_name, tg.tgname AS name,
       tg.tgtype::int AS type, tg.tgenabled AS enabled,
       ARRAY(SELECT a.attname FROM unnest(tg.tgattr::int2[]) AS k(attnum)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = tg.tgrelid AND a.attnum = k.attnum
             ORDER BY a.attname) AS columns,
       fn.nspname AS function_schema, p.proname AS function_name,
       tg.tgnargs AS nargs, tg.tgargs AS args,
       tg.tgoldtable AS old_table, tg.tgnewtable AS new_table,
       tg.tgconstraint <> 0 AS is_constraint, tg.tgdeferrable AS deferrable,
       tg.tginitdeferred AS initially_deferred,
       fromn.nspname AS from_schema, fromc.relname AS from_table,
       CASE WHEN tg.tgqual IS NOT NULL THEN pg_catalog.pg_get_triggerdef(tg.oid, true) END
         AS definition
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_class fromc ON fromc.oid = tg.tgconstrrelid
LEFT JOIN pg_catalog.pg_namespace fromn ON fromn.oid = fromc.relnamespace
WHERE n.nspname = ANY (?)
  AND NOT tg.tgisinternal AND tg.tgparentid = 0
  AND c.relkind IN ('r', 'p')
  AND (c.relispartition
       OR NOT EXISTS (SELECT FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid))
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
