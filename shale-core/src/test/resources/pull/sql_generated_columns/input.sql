CREATE TABLE people (
  first_name text NOT NULL,
  last_name text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
  height_cm numeric(5,1),
  height_in numeric GENERATED ALWAYS AS (height_cm / 2.54) STORED,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) STORED
);
CREATE INDEX people_search_idx ON people USING gin (search);
