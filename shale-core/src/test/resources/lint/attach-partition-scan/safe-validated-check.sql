-- shale:no-transaction
-- expect: none
CREATE TABLE measurements (city_id int, logdate date, peak int) PARTITION BY RANGE (logdate);
ALTER TABLE measurements_2025 ADD CONSTRAINT m2025_bound CHECK (logdate >= '2025-01-01' AND logdate < '2026-01-01') NOT VALID;
ALTER TABLE measurements_2025 VALIDATE CONSTRAINT m2025_bound;
ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
