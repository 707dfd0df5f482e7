-- Real serials, and columns that only look like one: the sequence is shared, not owned,
-- renamed, or has options; those keep their default and their sequence.
CREATE TABLE s (
  a serial,
  b bigserial PRIMARY KEY,
  c smallserial
);
CREATE SEQUENCE shared_seq;
CREATE TABLE look (
  shared1 bigint DEFAULT nextval('shared_seq'),
  shared2 bigint DEFAULT nextval('shared_seq'::regclass),
  own integer NOT NULL
);
CREATE SEQUENCE look_own_seq START 1000;
ALTER SEQUENCE look_own_seq OWNED BY look.own;
ALTER TABLE look ALTER COLUMN own SET DEFAULT nextval('look_own_seq');
