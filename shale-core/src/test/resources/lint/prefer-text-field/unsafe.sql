-- expect: prefer-text-field
-- lint: include=prefer-text-field
CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));
