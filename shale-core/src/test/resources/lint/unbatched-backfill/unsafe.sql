-- expect: unbatched-backfill
UPDATE users SET plan = 'free';
