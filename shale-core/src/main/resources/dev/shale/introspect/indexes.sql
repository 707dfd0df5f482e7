-- Indexes of plain tables and materialized views in the chosen schemas, other than those behind a
-- primary key or unique constraint (constraints.sql reads those); the index of an exclusion
-- constraint comes with the constraint's operators (exclusion_operators, else null: pg_catalog's
-- unqualified, others as OPERATOR(schema.op)) and deferrability. Per key (1 .. indnkeyatts): the column
-- name (null for an expression), an expression key as pg_get_indexdef prints it (null for a
-- column: pg_get_indexdef costs a catalog lookup per call), the operator class when
-- it is not the default one for its input type, indoption (bit 0 DESC, bit 1 NULLS FIRST), and
-- whether its collation is another than its column's (an expression's: the default, oid 100),
-- all read in one pass over the index's attributes (keys, then INCLUDE columns).
-- Storage parameters as the server keeps them. {{nulls_not_distinct}} is filled in per server
-- version (15+).
SELECT n.nspname AS schema, c.relname AS table_name, ic.relname AS name,
       i.indisunique AS is_unique, am.amname AS method, i.indisvalid AS is_valid,
       {{nulls_not_distinct}} AS nulls_not_distinct,
       ic.reloptions AS storage,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       keys.key_columns, keys.key_sql, keys.opclasses, keys.options, keys.own_collations,
       keys.include_columns,
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
CROSS JOIN LATERAL (
  SELECT array_agg(a.attname ORDER BY k) FILTER (WHERE k <= i.indnkeyatts) AS key_columns,
         array_agg(CASE WHEN i.indkey[k - 1] = 0
                        THEN pg_catalog.pg_get_indexdef(i.indexrelid, k, true) END ORDER BY k)
           FILTER (WHERE k <= i.indnkeyatts) AS key_sql,
         array_agg(CASE WHEN oc.opcdefault THEN NULL
                        WHEN ocn.nspname IN ('pg_catalog', 'public') THEN oc.opcname
                        ELSE pg_catalog.quote_ident(ocn.nspname) || '.'
                             || pg_catalog.quote_ident(oc.opcname) END ORDER BY k)
           FILTER (WHERE k <= i.indnkeyatts) AS opclasses,
         array_agg(i.indoption[k - 1]::int ORDER BY k) FILTER (WHERE k <= i.indnkeyatts) AS options,
         array_agg(CASE WHEN i.indcollation[k - 1] = 0 THEN false
                        ELSE i.indcollation[k - 1] <> coalesce(a.attcollation, 100) END ORDER BY k)
           FILTER (WHERE k <= i.indnkeyatts) AS own_collations,
         coalesce(array_agg(a.attname ORDER BY k) FILTER (WHERE k > i.indnkeyatts), '{}')
           AS include_columns
  FROM generate_series(1, i.indnatts) AS k
  LEFT JOIN pg_catalog.pg_attribute a
    ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] AND i.indkey[k - 1] <> 0
  LEFT JOIN pg_catalog.pg_opclass oc ON k <= i.indnkeyatts AND oc.oid = i.indclass[k - 1]
  LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
) AS keys
WHERE c.relkind IN ('r', 'm', 'p')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_constraint k
    WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u'))
ORDER BY 1, 2, 3
