-- UNLOGGED and storage parameters (the TOAST table's with the toast. prefix) are pulled as they
-- are kept: integers without leading zeros, keywords lowercased, decimals as written.
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v bytea) WITH (fillfactor = 070, autovacuum_enabled = OFF);
CREATE TABLE logs (id bigint PRIMARY KEY, line text)
  WITH (autovacuum_vacuum_scale_factor = 0.10, toast.autovacuum_enabled = false, parallel_workers = 4);
