-- shale:no-transaction
-- expect: none
SET lock_timeout = '2s';
SELECT set_config('statement_timeout', '5s', false);
-- SET LOCAL lock_timeout = '2s';
BEGIN;
SET LOCAL lock_timeout = '2s';
COMMIT;
