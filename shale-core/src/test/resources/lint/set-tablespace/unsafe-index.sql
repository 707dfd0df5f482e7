-- expect: set-tablespace
-- Only the index is locked (measured), but every query that plans with it waits.
ALTER INDEX orders_total_idx SET TABLESPACE corpus_space;
