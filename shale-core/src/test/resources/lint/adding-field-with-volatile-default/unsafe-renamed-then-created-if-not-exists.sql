-- expect: renaming-table, adding-field-with-volatile-default
-- A rename to api_tokens shows that it exists, though no migration here created it.
ALTER TABLE sessions RENAME TO api_tokens;
-- in a later migration:
CREATE TABLE IF NOT EXISTS api_tokens (id bigint PRIMARY KEY, user_id bigint);
ALTER TABLE api_tokens ADD COLUMN token uuid DEFAULT gen_random_uuid();
