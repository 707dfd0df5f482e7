-- expect: none
CREATE VIEW order_totals AS SELECT 1 AS total;
DROP VIEW order_totals;
CREATE FUNCTION scratch() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
DROP FUNCTION scratch();
CREATE SCHEMA scratch_space;
DROP SCHEMA scratch_space;
