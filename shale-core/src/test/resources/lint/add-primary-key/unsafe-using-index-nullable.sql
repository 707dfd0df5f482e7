-- shale:no-transaction
-- expect: add-primary-key, unique-data-dependent
-- USING INDEX skips the build, but id is not known NOT NULL: the server scans for NULLs.
CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON events (id);
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;
