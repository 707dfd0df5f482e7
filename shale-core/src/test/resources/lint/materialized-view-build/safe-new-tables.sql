-- expect: none
-- Its query reads only a table created in this deploy (empty), and extract(… FROM …) names no table.
CREATE TABLE visits (at timestamptz, page text);
CREATE MATERIALIZED VIEW visits_by_hour AS WITH v AS (SELECT * FROM visits) SELECT extract(hour FROM at) AS hour, count(*) FROM v GROUP BY 1;
