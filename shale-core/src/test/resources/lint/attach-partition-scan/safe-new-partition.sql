-- expect: none
-- A partition created in this deploy is empty: nothing to scan.
CREATE TABLE measurements_2026 (city_id int, logdate date, peak int);
ALTER TABLE measurements ATTACH PARTITION measurements_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
