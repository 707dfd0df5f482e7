-- shale:no-transaction
-- Every construct the splitter must see through; each of these comments has a semicolon;
/* block comment; /* nested; */ still the comment; */
CREATE SCHEMA "semi;colon";

CREATE TABLE "semi;colon"."odd ""name""; here" (
  id int PRIMARY KEY,  -- the key; obviously
  note text DEFAULT E'it\'s; escaped',
  raw text DEFAULT 'C:\path;',
  bits bit(4) DEFAULT B'1010',
  hex bit(8) DEFAULT X'F0',
  tag text DEFAULT N'n;'
);

CREATE TABLE log (id serial PRIMARY KEY, message text NOT NULL);
CREATE TABLE archive (id int, message text);

CREATE FUNCTION add_log(m text) RETURNS int LANGUAGE plpgsql AS $fn$
DECLARE
  new_id int;
BEGIN
  -- another dollar quote inside, and semicolons in strings
  EXECUTE $q$INSERT INTO log (message) VALUES ($1 || ';') RETURNING id$q$ INTO new_id USING m;
  RETURN new_id;
END
$fn$;

CREATE FUNCTION grade(score int) RETURNS text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT CASE WHEN score >= 90 THEN 'A;' WHEN score >= 80 THEN 'B' ELSE 'C' END;
END;

CREATE PROCEDURE log_twice(m text) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO log (message) VALUES (m);
  INSERT INTO log (message) VALUES (m || '!');
END;

DO $$
BEGIN
  PERFORM add_log('from DO; with semicolon');
  RAISE NOTICE 'done; really';
END
$$;

CALL log_twice('proc');

CREATE RULE archive_log AS ON DELETE TO log DO ALSO (
  INSERT INTO archive VALUES (old.id, old.message);
  INSERT INTO archive VALUES (-old.id, 'deleted; ' || old.message)
);

INSERT INTO "semi;colon"."odd ""name""; here" (id) VALUES (1);
INSERT INTO log (message) VALUES (U&'d\0061t\+000061;'), ('line one;'
  'continued'), (E'it\'s' -- a comment between the parts of a string
  '\'; continued');
PREPARE next_grade(int) AS SELECT grade($1 + 10);
EXECUTE next_grade(75);
COMMENT ON TABLE log IS 'log; of things';
BEGIN;
DELETE FROM log WHERE message = 'proc!';
COMMIT;
SELECT grade(85) AS a$b, 'last; without semicolon' -- and a comment at the end
