-- Privileges granted on the relations, the schemas and the functions of the chosen schemas, from
-- their access lists (aclexplode), one row per object, grantee, privilege and grant option. An
-- object whose list is NULL has its defaults: no row. The owner's own privileges are left out. A
-- function's identity is its input argument types, spelled as functions.sql spells them; kind
-- 'revoked' marks a function whose list no longer gives EXECUTE to PUBLIC (the default). Kind
-- 'default' is one role's ALTER DEFAULT PRIVILEGES for one kind of object (privilege says which):
-- in one schema, or (schema NULL, defaclnamespace 0) in every schema.
WITH obj AS (
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table'
                        WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'
                        WHEN 'm' THEN 'materialized view' ELSE 'foreign table' END AS kind,
         n.nspname AS schema, c.relname AS name, NULL::text AS arguments,
         c.relacl AS acl, c.relowner AS owner
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')
    AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'schema', n.nspname, NULL, NULL, n.nspacl, n.nspowner
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname = ANY (?) AND n.nspacl IS NOT NULL
  UNION ALL
  SELECT 'function', n.nspname, p.proname,
         (SELECT coalesce(string_agg(pg_catalog.format_type(t.oid, NULL), ', ' ORDER BY t.i), '')
          FROM unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY AS t(oid, i)),
         p.proacl, p.proowner
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = ANY (?) AND p.proacl IS NOT NULL
)
SELECT o.kind, o.schema, o.name, o.arguments,
       CASE WHEN a.grantee = 0 THEN 'public'
            ELSE pg_catalog.pg_get_userbyid(a.grantee) END AS grantee,
       a.privilege_type AS privilege, bool_or(a.is_grantable) AS grantable
FROM obj o, LATERAL pg_catalog.aclexplode(o.acl) a
WHERE a.grantee <> o.owner
GROUP BY 1, 2, 3, 4, 5, 6
UNION ALL
SELECT 'revoked', o.schema, o.name, o.arguments, 'public', 'EXECUTE', false
FROM obj o
WHERE o.kind = 'function'
  AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(o.acl) a
                  WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
UNION ALL
SELECT 'column', n.nspname, c.relname || '.' || at.attname, NULL, NULL, NULL, false
FROM pg_catalog.pg_attribute at
JOIN pg_catalog.pg_class c ON c.oid = at.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?) AND at.attacl IS NOT NULL AND at.attnum > 0 AND NOT at.attisdropped
UNION ALL
SELECT 'default', n.nspname, pg_catalog.pg_get_userbyid(d.defaclrole), NULL, NULL,
       CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'
                            WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types'
                            ELSE 'schemas' END, false
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
WHERE n.nspname = ANY (?) OR d.defaclnamespace = 0
ORDER BY 1, 2, 3, 4, 5, 6
