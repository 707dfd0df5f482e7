-- expect: none
CREATE TABLE archive (id bigint PRIMARY KEY, created date);
CREATE INDEX archive_created_idx ON archive (created);
CLUSTER archive USING archive_created_idx;
