-- shale:no-transaction
-- expect: none
VACUUM ANALYZE orders;
ALTER SYSTEM SET work_mem = '64MB';
CREATE TABLESPACE fast LOCATION '/mnt/ssd';
REINDEX SCHEMA CONCURRENTLY app;
