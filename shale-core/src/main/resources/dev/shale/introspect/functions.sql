-- Functions and procedures of the chosen schemas that the model holds: not owned by an extension,
-- not aggregates or window functions, with a body kept as text (no BEGIN ATOMIC body, no C or
-- internal function). Per argument, in order: mode (i, o, b, v; the columns of RETURNS TABLE are
-- left out, the result says them), name ('' when unnamed), type and default ('' when none).
SELECT n.nspname AS schema, p.proname AS name, p.prokind = 'p' AS procedure,
       l.lanname AS language, p.provolatile AS volatility, p.proisstrict AS strict,
       p.prosecdef AS security_definer, p.proparallel AS parallel,
       coalesce(p.proconfig, '{}') AS settings, p.prosrc AS body,
       CASE WHEN p.prokind = 'p' THEN NULL
            ELSE pg_catalog.pg_get_function_result(p.oid) END AS returns,
       coalesce(a.modes, '{}') AS modes, coalesce(a.names, '{}') AS names,
       coalesce(a.types, '{}') AS types, coalesce(a.defaults, '{}') AS defaults
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN LATERAL (
  SELECT array_agg(x.mode::text ORDER BY x.i) AS modes,
         array_agg(x.name ORDER BY x.i) AS names,
         array_agg(x.type ORDER BY x.i) AS types,
         array_agg(x.dflt ORDER BY x.i) AS defaults
  FROM (
    SELECT i, coalesce(p.proargmodes[i], 'i') AS mode,
           coalesce(p.proargnames[i], '') AS name,
           pg_catalog.format_type(coalesce(p.proallargtypes[i], p.proargtypes[i - 1]), NULL) AS type,
           coalesce(pg_catalog.pg_get_function_arg_default(p.oid, i), '') AS dflt
    FROM generate_series(1, coalesce(array_length(p.proallargtypes, 1), p.pronargs)) AS i
  ) x
  WHERE x.mode <> 't'
) a ON true
WHERE n.nspname = ANY (?)
  AND p.prokind IN ('f', 'p')
  AND l.lanname NOT IN ('c', 'internal')
  AND p.prosqlbody IS NULL
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2, p.oid
