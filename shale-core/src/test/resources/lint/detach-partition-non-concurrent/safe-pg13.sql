-- expect: none
-- lint: pg=13
-- Before PostgreSQL 14 there is no DETACH CONCURRENTLY.
ALTER TABLE measurements DETACH PARTITION measurements_2020;
