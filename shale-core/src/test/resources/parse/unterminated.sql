CREATE TABLE a (id int);
ALTER TABLE a ADD COLUMN b text DEFAULT 'unterminated;
DROP TABLE a;
