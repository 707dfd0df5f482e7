-- Extensions are declared: in their schema, pinned only when the installed version is not the
-- server's default (pg_trgm 1.5 here). Their own types, functions and operators are left out,
-- and columns of their types are custom types.
CREATE SCHEMA extensions;
CREATE EXTENSION citext SCHEMA extensions;
CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE EXTENSION btree_gist;
CREATE TABLE people (
  id bigint PRIMARY KEY,
  email extensions.citext NOT NULL,
  name text NOT NULL
);
CREATE INDEX people_name_trgm ON people USING gin (name gin_trgm_ops);
CREATE INDEX people_id_name ON people USING gist (id, name);
