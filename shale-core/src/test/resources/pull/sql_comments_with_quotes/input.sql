CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE notes (
  id int PRIMARY KEY,
  body text,
  "Mixed" text
);
COMMENT ON TABLE notes IS 'It''s a table of "notes"';
COMMENT ON COLUMN notes.body IS E'line one\nline two\ttabbed \\ backslash';
COMMENT ON COLUMN notes."Mixed" IS 'unicode: Straße, 日本, emoji 🚀';
COMMENT ON COLUMN notes.id IS '';
CREATE VIEW note_bodies AS SELECT id, body FROM notes;
COMMENT ON VIEW note_bodies IS 'a view''s comment';
