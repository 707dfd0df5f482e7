-- expect: none
CREATE TABLE notes (id bigint PRIMARY KEY);
ALTER TABLE notes ADD COLUMN body text;
ALTER TABLE notes ADD COLUMN author text;
