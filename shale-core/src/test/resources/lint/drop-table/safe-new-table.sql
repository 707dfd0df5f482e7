-- expect: none
CREATE TABLE import_staging (id bigint PRIMARY KEY, payload jsonb);
DROP TABLE import_staging;
