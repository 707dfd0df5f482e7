-- expect: set-tablespace
ALTER MATERIALIZED VIEW daily_sales SET TABLESPACE corpus_space;
