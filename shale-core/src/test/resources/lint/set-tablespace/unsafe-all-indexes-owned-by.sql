-- expect: set-tablespace
ALTER INDEX ALL IN TABLESPACE pg_default OWNED BY postgres SET TABLESPACE corpus_space NOWAIT;
