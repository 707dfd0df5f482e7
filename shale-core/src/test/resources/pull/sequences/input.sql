-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SEQUENCE down AS bigint INCREMENT BY -5;

CREATE SEQUENCE huge AS bigint MINVALUE 5000000000 MAXVALUE 9000000000000000000;

CREATE SEQUENCE ints AS integer START WITH 100 CACHE 20;

CREATE SEQUENCE negative AS integer MINVALUE -100;

CREATE SEQUENCE plain AS bigint;

CREATE SEQUENCE small AS smallint MAXVALUE 1000 CYCLE;
