-- expect: none
CREATE TABLE notes (id bigint PRIMARY KEY);
ALTER TABLE notes ADD COLUMN body text;
INSERT INTO notes (id, body) VALUES (1, 'hello');
