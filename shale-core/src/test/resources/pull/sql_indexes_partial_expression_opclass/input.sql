CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE TABLE docs (
  id bigint PRIMARY KEY,
  title text NOT NULL,
  slug varchar(200),
  body jsonb,
  owner_id bigint,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX docs_live_idx ON docs (owner_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX docs_lower_slug_idx ON docs (lower(slug::text)) WHERE deleted_at IS NULL;
CREATE INDEX docs_title_pattern_idx ON docs (title text_pattern_ops);
CREATE INDEX docs_slug_pattern_idx ON docs (slug varchar_pattern_ops DESC NULLS LAST);
CREATE INDEX docs_body_path_idx ON docs USING gin (body jsonb_path_ops);
CREATE INDEX docs_title_trgm_idx ON docs USING gin (title gin_trgm_ops);
CREATE INDEX docs_created_brin ON docs USING brin (created_at);
CREATE INDEX docs_owner_hash ON docs USING hash (owner_id);
CREATE INDEX docs_recent_idx ON docs (created_at DESC, id) INCLUDE (title, owner_id);
CREATE INDEX docs_expr_multi_idx ON docs ((body ->> 'kind'), lower(title), (owner_id % 16));
CREATE UNIQUE INDEX docs_owner_title_key ON docs (owner_id, title) INCLUDE (slug) WHERE owner_id IS NOT NULL;
