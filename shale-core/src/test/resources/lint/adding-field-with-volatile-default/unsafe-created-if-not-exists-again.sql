-- expect: adding-field-with-volatile-default
-- The table exists from an earlier migration: CREATE TABLE IF NOT EXISTS skips it, so it is not
-- new in this deploy and the ADD COLUMN rewrites it with its rows.
CREATE TABLE api_tokens (id bigint PRIMARY KEY);
-- in a later migration:
CREATE TABLE IF NOT EXISTS api_tokens (id bigint PRIMARY KEY);
ALTER TABLE api_tokens ADD COLUMN token uuid DEFAULT gen_random_uuid();
