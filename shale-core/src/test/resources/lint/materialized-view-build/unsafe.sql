-- expect: materialized-view-build
CREATE MATERIALIZED VIEW daily_sales AS SELECT date_trunc('day', created_at) AS day, sum(total) FROM orders GROUP BY 1;
