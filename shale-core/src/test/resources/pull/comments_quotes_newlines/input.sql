-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE notes (
  id bigint NOT NULL,
  body text,
  path text,
  emoji text,
  closer text,
  empty text,
  CONSTRAINT notes_pkey PRIMARY KEY (id)
);

CREATE VIEW recent_notes AS
SELECT id,
    body
   FROM notes
  WHERE body <> '';

COMMENT ON TABLE notes IS 'Notes: ''quoted'', "double", and a newline
here';

COMMENT ON COLUMN notes.id IS 'The note''s id, "never" reused';

COMMENT ON COLUMN notes.body IS 'Line one
Line two
	tabbed';

COMMENT ON COLUMN notes.path IS 'C:\Users\ and \u0041 stay as written';

COMMENT ON COLUMN notes.emoji IS 'Straße, café, 用户, 😀';

COMMENT ON COLUMN notes.closer IS 'a */ inside, /* and // too';

COMMENT ON COLUMN notes.empty IS '';

COMMENT ON VIEW recent_notes IS 'The view''s comment';
