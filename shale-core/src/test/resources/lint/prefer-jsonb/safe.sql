-- expect: none
-- payload json (a comment is no column)
CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb, raw text DEFAULT 'json');
