-- expect: unused-ignore
-- shale:ignore no-such-rule
ALTER TABLE users ADD COLUMN nickname text;
