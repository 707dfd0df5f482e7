-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE counters (
  id bigserial,
  small smallserial,
  regular serial,
  label text NOT NULL,
  CONSTRAINT counters_pkey PRIMARY KEY (id)
);
