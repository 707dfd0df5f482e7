-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE docs (
  id bigint GENERATED ALWAYS AS IDENTITY,
  title text NOT NULL,
  slug text,
  tags text[],
  body jsonb,
  deleted_at timestamp with time zone,
  rank integer,
  CONSTRAINT docs_pkey PRIMARY KEY (id)
);

CREATE INDEX docs_author_idx ON docs USING gin ((body -> 'author'));

CREATE INDEX docs_body_gin ON docs USING gin (body);

CREATE INDEX docs_id_hash ON docs USING hash (id);

CREATE INDEX docs_int8_idx ON docs (((rank + 1)::bigint));

CREATE INDEX docs_lower_idx ON docs ((lower(title))) WHERE deleted_at IS NULL;

CREATE INDEX docs_rank_brin ON docs USING brin (rank);

CREATE INDEX docs_rank_id_idx ON docs (rank DESC, id NULLS FIRST);

CREATE INDEX docs_rank_idx ON docs (rank DESC NULLS LAST);

CREATE INDEX docs_rank_title_slug_idx ON docs (rank) INCLUDE (title, slug);

CREATE UNIQUE INDEX docs_slug_idx ON docs (slug) NULLS NOT DISTINCT WHERE deleted_at IS NULL;

CREATE UNIQUE INDEX docs_slug_title_idx ON docs (slug, title);

CREATE INDEX docs_tags_idx ON docs USING gin (tags);

CREATE INDEX docs_title_idx ON docs (title);

CREATE INDEX docs_title_idx1 ON docs (title text_pattern_ops);

CREATE INDEX docs_title_idx2 ON docs ((title COLLATE "C"));
