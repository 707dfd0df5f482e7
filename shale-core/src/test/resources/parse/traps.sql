-- ALTER TABLE users DROP COLUMN email;
/* DROP TABLE users; /* nested: CREATE INDEX i ON t (c); */ still comment; */
SELECT 'ALTER TABLE users DROP COLUMN email; DROP TABLE x;';
SELECT E'it\'s; DROP TABLE users; --', 'a''b; TRUNCATE t';
SELECT $q$ ; VACUUM FULL users; $q$;
ALTER TABLE "my.schema"."odd.table" ADD COLUMN "Col.Name" "my.type";
ALTER TABLE "Users" DROP COLUMN "ID", DROP COLUMN Id;
create table a (id int); create index on a (id); drop table a
;alter table b add column c int;
ALTER TABLE users ALTER COLUMN a TYPE int, ALTER COLUMN b TYPE character varying, ALTER COLUMN c TYPE decimal(5), ALTER COLUMN d TYPE float(10), ALTER COLUMN e TYPE timestamp(3) without time zone, ALTER COLUMN f TYPE timestamptz(6), ALTER COLUMN g TYPE int8[], ALTER COLUMN h TYPE pg_catalog.varchar(20), ALTER COLUMN i TYPE double precision, ALTER COLUMN j TYPE char, ALTER COLUMN k TYPE interval day to second(3), ALTER COLUMN l TYPE bool, ALTER COLUMN m TYPE integer ARRAY, ALTER COLUMN n TYPE public.citext, ALTER COLUMN o TYPE bit varying(8), ALTER COLUMN p TYPE timetz;
ALTER TABLE AVeryLongTableNameThatGoesOnAndOnBeyondTheSixtyThreeByteLimitOfPostgreSQL ADD COLUMN x int;
DROP TABLE last_statement_without_semicolon
