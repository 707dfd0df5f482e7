-- expect: none
CREATE TABLE events_buffer (id bigint, payload jsonb);
ALTER TABLE events_buffer SET UNLOGGED;
