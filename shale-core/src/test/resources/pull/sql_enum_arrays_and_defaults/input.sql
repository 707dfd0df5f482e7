-- Enums in another schema, used as a column type, an array, with defaults and casts.
CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('new', 'open', 'it''s closed');
CREATE TYPE public."Kind" AS ENUM ('A', 'b c');
CREATE TABLE app.tickets (
  id bigserial PRIMARY KEY,
  state app.state NOT NULL DEFAULT 'new',
  history app.state[] NOT NULL DEFAULT '{}',
  previous app.state[] DEFAULT ARRAY['open'::app.state],
  kind "Kind" DEFAULT 'b c'::"Kind",
  kinds "Kind"[]
);
CREATE INDEX tickets_open_idx ON app.tickets (id) WHERE state <> 'it''s closed';
