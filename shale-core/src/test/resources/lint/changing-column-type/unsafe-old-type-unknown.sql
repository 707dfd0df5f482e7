-- expect: changing-column-type
-- The migrations never declared users.name: its old type is unknown.
ALTER TABLE users ALTER COLUMN name TYPE text;
