-- expect: none
CREATE TABLE profiles (id bigint PRIMARY KEY, name text);
ALTER TABLE profiles RENAME COLUMN name TO full_name;
