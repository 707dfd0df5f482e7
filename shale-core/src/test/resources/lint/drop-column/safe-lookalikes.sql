-- expect: none
-- ALTER TABLE users DROP COLUMN legacy_name;
SELECT 'ALTER TABLE users DROP COLUMN legacy_name';
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE users DROP COLUMN legacy_name'; END $$;
