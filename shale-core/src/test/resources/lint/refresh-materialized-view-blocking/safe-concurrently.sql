-- expect: none
-- REFRESH … CONCURRENTLY may run inside a transaction; readers keep reading.
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;
