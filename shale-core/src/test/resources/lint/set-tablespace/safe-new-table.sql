-- expect: none
CREATE TABLE events_archive (id bigint, kind text);
ALTER TABLE events_archive SET TABLESPACE corpus_space;
CREATE INDEX events_archive_kind_idx ON events_archive (kind);
ALTER INDEX events_archive_kind_idx SET TABLESPACE corpus_space;
