CREATE TABLE a (id int);
\connect other
ALTER TABLE a ADD COLUMN b int;
\i file.sql
DROP TABLE a;
