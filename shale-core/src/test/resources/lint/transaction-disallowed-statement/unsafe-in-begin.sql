-- expect: transaction-disallowed-statement, transaction-disallowed-statement
-- lint: transaction=none
BEGIN;
ALTER SYSTEM SET work_mem = '64MB';
CREATE TABLESPACE fast LOCATION '/mnt/ssd';
COMMIT;
