-- expect: prefer-jsonb
ALTER TABLE events ADD COLUMN meta json;
