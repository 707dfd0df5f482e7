-- expect: set-tablespace
-- corpus_space is a tablespace that TraceCorpusTest creates (a tablespace needs a directory).
ALTER TABLE events SET TABLESPACE corpus_space;
