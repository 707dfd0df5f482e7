-- expect: none
-- In a transaction, but none of these is VACUUM: a comment, a string, a function body, ANALYZE.
-- VACUUM FULL orders;
/* ALTER SYSTEM SET work_mem = '64MB'; */
SELECT 'VACUUM orders; CREATE DATABASE x';
CREATE FUNCTION tidy() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'VACUUM orders';
END
$$;
ANALYZE orders;
