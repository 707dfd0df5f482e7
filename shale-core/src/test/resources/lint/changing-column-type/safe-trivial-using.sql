-- shale:no-transaction
-- expect: none
-- USING the bare column (or the column cast to the new type) is planned as no USING: no rewrite (measured on PostgreSQL 15).
ALTER TABLE accounts ADD COLUMN handle varchar(40);
ALTER TABLE accounts ALTER COLUMN handle TYPE text USING (handle);
ALTER TABLE accounts ALTER COLUMN handle TYPE varchar USING handle::varchar;
