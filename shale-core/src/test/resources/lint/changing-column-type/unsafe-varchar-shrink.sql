-- shale:no-transaction
-- expect: changing-column-type, changing-column-type, changing-column-type
ALTER TABLE users ADD COLUMN nickname varchar(50), ADD COLUMN bio text, ADD COLUMN tags varchar(10)[];
ALTER TABLE users ALTER COLUMN nickname TYPE varchar(20);
-- text to a bounded varchar checks and rewrites; an array's element type change rewrites.
ALTER TABLE users ALTER COLUMN bio TYPE varchar(500), ALTER COLUMN tags TYPE varchar(20)[];
