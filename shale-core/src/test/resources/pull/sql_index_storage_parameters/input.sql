-- Index storage parameters are pulled with with(...), as the server keeps them; those of an index
-- behind a primary key or unique constraint are listed (the model does not hold them).
CREATE TABLE docs (
  id bigint PRIMARY KEY WITH (fillfactor = 80),
  tags text[],
  created timestamptz NOT NULL
);
CREATE INDEX docs_tags_idx ON docs USING gin (tags) WITH (fastupdate = OFF);
CREATE INDEX docs_created_idx ON docs (created) WITH (fillfactor = 070, deduplicate_items = false);
