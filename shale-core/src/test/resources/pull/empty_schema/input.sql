-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SCHEMA archive;

CREATE SCHEMA staging;

CREATE TABLE t (
  id integer
);
