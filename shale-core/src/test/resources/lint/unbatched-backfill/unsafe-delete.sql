-- expect: unbatched-backfill
DELETE FROM sessions;
