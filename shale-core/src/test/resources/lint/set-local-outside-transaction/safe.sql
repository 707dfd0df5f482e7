-- expect: none
-- shale migrate runs this file in a transaction: SET LOCAL lasts until it ends.
SET LOCAL lock_timeout = '2s';
SELECT set_config('statement_timeout', '5s', true);
