-- expect: concurrently-in-transaction
-- lint: transaction=none
BEGIN;
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;
COMMIT;
