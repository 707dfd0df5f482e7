-- expect: none
CREATE TABLE staging_rows (id bigint PRIMARY KEY);
TRUNCATE staging_rows CASCADE;
