-- expect: none
ALTER TABLE events ADD COLUMN seq bigint;
