-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
  height_cm numeric(5,1),
  height_in numeric(6,2) GENERATED ALWAYS AS (height_cm / 2.54) STORED,
  search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, first_name)) STORED,
  CONSTRAINT people_pkey PRIMARY KEY (id)
);
