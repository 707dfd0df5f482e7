-- expect: none
-- A partitioned table has no storage: SET TABLESPACE only changes where new partitions go
-- (measured: no relfilenode changes).
CREATE TABLE readings (sensor int, taken date) PARTITION BY RANGE (taken);
-- in a later migration:
ALTER TABLE readings SET TABLESPACE corpus_space;
