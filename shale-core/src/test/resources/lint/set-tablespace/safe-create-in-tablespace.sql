-- expect: none
-- The safe form: create the table where it belongs (CREATE INDEX … TABLESPACE for an index).
CREATE TABLE events_archive (id bigint, kind text) TABLESPACE corpus_space;
