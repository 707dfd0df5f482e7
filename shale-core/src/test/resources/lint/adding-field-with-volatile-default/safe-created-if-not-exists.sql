-- expect: none
-- Nothing earlier names the table: CREATE TABLE IF NOT EXISTS creates it in this deploy, empty.
CREATE TABLE IF NOT EXISTS api_tokens (id bigint PRIMARY KEY);
ALTER TABLE api_tokens ADD COLUMN token uuid DEFAULT gen_random_uuid();
