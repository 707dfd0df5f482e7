-- expect: set-not-null-existing-nulls, set-not-null
-- The default fills rows inserted later, not the NULLs already there.
ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free', ALTER COLUMN plan SET NOT NULL;
