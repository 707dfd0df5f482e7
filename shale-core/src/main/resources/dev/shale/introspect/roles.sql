-- The cluster's own roles (not the built-in ones, whose oids are below FirstNormalObjectId), with
-- the attributes Shale declares. The diff creates a declared role only when none of its name is
-- here, and never drops one that is not declared.
SELECT r.rolname AS name, r.rolcanlogin AS login, r.rolinherit AS inherit,
       r.rolcreatedb AS create_db, r.rolcreaterole AS create_role, r.rolbypassrls AS bypass_rls
FROM pg_catalog.pg_roles r
WHERE r.oid >= 16384
ORDER BY 1
