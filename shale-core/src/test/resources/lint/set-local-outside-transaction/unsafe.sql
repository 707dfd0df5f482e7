-- shale:no-transaction
-- expect: set-local-outside-transaction, set-local-outside-transaction
SET LOCAL lock_timeout = '2s';
SELECT set_config('statement_timeout', '5s', true);
