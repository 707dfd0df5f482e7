-- Indexes of plain tables and materialized views in the chosen schemas, other than those behind a
-- primary key or unique constraint (constraints.sql reads those); the index of an exclusion
-- constraint comes with the constraint's operators (exclusion_operators, else null: pg_catalog's
-- unqualified, others as OPERATOR(schema.op)) and deferrability. Per key (1 .. indnkeyatts): the column
-- name (null for an expression), the key as pg_get_indexdef prints it, the operator class when
-- it is not the default one for its input type, indoption (bit 0 DESC, bit 1 NULLS FIRST), and
-- whether its collation is another than its column's (an expression's: the default, oid 100).
-- Storage parameters as the server keeps them. {{nulls_not_distinct}} is filled in per server
-- version (15+).
SELECT n.nspname AS schema, c.relname AS table_name, ic.relname AS name,
       i.indisunique AS is_unique, am.amname AS method, i.indisvalid AS is_valid,
       {{nulls_not_distinct}} AS nulls_not_distinct,
       ic.reloptions AS storage,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       ARRAY(SELECT a.attname
             FROM generate_series(1, i.indnkeyatts) AS k
             LEFT JOIN pg_catalog.pg_attribute a
               ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] AND i.indkey[k - 1] <> 0
             ORDER BY k) AS key_columns,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS key_sql,
       ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL
                         WHEN ocn.nspname IN ('pg_catalog', 'public') THEN oc.opcname
                         ELSE pg_catalog.quote_ident(ocn.nspname) || '.'
                              || pg_catalog.quote_ident(oc.opcname) END
             FROM generate_series(1, i.indnkeyatts) AS k
             JOIN pg_catalog.pg_opclass oc ON oc.oid = i.indclass[k - 1]
             JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
             ORDER BY k) AS opclasses,
       ARRAY(SELECT i.indoption[k - 1]::int
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS options,
       ARRAY(SELECT CASE WHEN i.indcollation[k - 1] = 0 THEN false
                         ELSE i.indcollation[k - 1] <> coalesce(a.attcollation, 100) END
             FROM generate_series(1, i.indnkeyatts) AS k
             LEFT JOIN pg_catalog.pg_attribute a
               ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] AND i.indkey[k - 1] <> 0
             ORDER BY k) AS own_collations,
       ARRAY(SELECT a.attname
             FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k
             JOIN pg_catalog.pg_attribute a
               ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
             ORDER BY k) AS include_columns,
       CASE WHEN x.oid IS NOT NULL THEN
         ARRAY(SELECT CASE WHEN opn.nspname = 'pg_catalog' THEN op.oprname
                           ELSE 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.'
                                || op.oprname || ')' END
               FROM unnest(x.conexclop) WITH ORDINALITY AS e(opr, ord)
               JOIN pg_catalog.pg_operator op ON op.oid = e.opr
               JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
               ORDER BY e.ord)
       END AS exclusion_operators,
       coalesce(x.condeferrable, false) AS exclusion_deferrable,
       coalesce(x.condeferred, false) AS exclusion_deferred
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_constraint x
  ON x.conindid = i.indexrelid AND x.conrelid = i.indrelid AND x.contype = 'x'
WHERE c.relkind IN ('r', 'm', 'p')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_constraint k
    WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u'))
ORDER BY 1, 2, 3
