-- expect: none
-- lint: include=prefer-text-field
CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (length(email) <= 255), nick varchar);
