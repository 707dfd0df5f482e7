-- shale:no-transaction
-- expect: none
-- Plain VACUUM takes SHARE UPDATE EXCLUSIVE: reads and writes go on. VACUUM FULL in a comment is no statement.
VACUUM (ANALYZE) orders;
