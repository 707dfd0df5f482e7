-- expect: unused-ignore
-- shale:ignore drop-column
ALTER TABLE users ADD COLUMN nickname text;
