-- expect: prefer-jsonb
CREATE TABLE events (id bigint PRIMARY KEY, payload json);
