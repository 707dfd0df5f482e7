-- expect: prefer-bigint-over-int
-- lint: include=prefer-bigint-over-int
CREATE TABLE tags (id serial, name text, PRIMARY KEY (id));
