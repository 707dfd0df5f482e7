-- shale:no-transaction
-- expect: attach-partition-scan
-- The partition key is logdate; a CHECK on another column implies nothing about the bound.
CREATE TABLE measurements (city_id int, logdate date, peak int) PARTITION BY RANGE (logdate);
ALTER TABLE measurements_2025 ADD CONSTRAINT m2025_peak CHECK (peak >= 0) NOT VALID;
ALTER TABLE measurements_2025 VALIDATE CONSTRAINT m2025_peak;
ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
