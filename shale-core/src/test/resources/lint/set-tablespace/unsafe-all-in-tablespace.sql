-- expect: set-tablespace
-- Moves (copies) every table of the fixture, each under ACCESS EXCLUSIVE.
ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE corpus_space;
