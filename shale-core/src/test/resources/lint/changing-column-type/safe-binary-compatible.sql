-- shale:no-transaction
-- expect: none
-- Each of these changes is done in place, without a rewrite (measured on PostgreSQL 15).
CREATE DOMAIN plain_text AS text;
ALTER TABLE accounts ADD COLUMN a varchar(50), ADD COLUMN b varchar(50), ADD COLUMN c varchar(20), ADD COLUMN d text, ADD COLUMN e numeric(10,2), ADD COLUMN f numeric(10,2), ADD COLUMN g bit varying(5), ADD COLUMN h cidr, ADD COLUMN i text, ADD COLUMN j text;
ALTER TABLE accounts ALTER COLUMN a TYPE varchar(100);
ALTER TABLE accounts ALTER COLUMN b TYPE text;
ALTER TABLE accounts ALTER COLUMN c TYPE varchar;
ALTER TABLE accounts ALTER COLUMN d TYPE varchar;
ALTER TABLE accounts ALTER COLUMN e TYPE numeric(12,2);
ALTER TABLE accounts ALTER COLUMN f TYPE numeric;
ALTER TABLE accounts ALTER COLUMN g TYPE bit varying(10);
ALTER TABLE accounts ALTER COLUMN h TYPE inet;
ALTER TABLE accounts ALTER COLUMN i TYPE plain_text;
ALTER TABLE accounts ALTER COLUMN j TYPE varchar USING j::varchar;
