CREATE TABLE t (id int PRIMARY KEY, kind text, amount numeric);
CREATE VIEW kinds AS SELECT DISTINCT kind FROM t WHERE amount > 0 ORDER BY kind;
CREATE VIEW totals AS SELECT kind, sum(amount) AS total, count(*) AS n FROM t GROUP BY kind;
CREATE VIEW big AS SELECT * FROM totals WHERE total > 100;
CREATE MATERIALIZED VIEW kind_counts AS SELECT kind, count(*) FROM t GROUP BY 1 WITH NO DATA;
CREATE VIEW "Camel View" AS SELECT id AS "Id", CASE WHEN amount > 0 THEN 'plus' ELSE 'minus' END AS sign FROM t;
