-- Filtered by options.properties: the internal_* tables and schema "secret" stay out; a foreign
-- key to a table outside the filter is named in the warning instead of being pulled.
CREATE SCHEMA secret;
CREATE TABLE secret.keys (id int PRIMARY KEY);
CREATE TABLE users (id int PRIMARY KEY, key_id int REFERENCES secret.keys);
CREATE TABLE internal_log (id serial PRIMARY KEY, user_id int REFERENCES users);
CREATE SEQUENCE internal_log_extra_seq OWNED BY internal_log.user_id;
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, log_id int REFERENCES internal_log);
