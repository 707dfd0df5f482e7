-- shale:no-transaction
-- expect: none
REINDEX TABLE CONCURRENTLY orders;
