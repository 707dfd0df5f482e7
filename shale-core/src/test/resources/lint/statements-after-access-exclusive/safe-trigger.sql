-- expect: none
-- CREATE TRIGGER and ENABLE TRIGGER take SHARE ROW EXCLUSIVE (measured), not ACCESS EXCLUSIVE:
-- reads of documents go on while customers is altered.
CREATE TRIGGER documents_check BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE documents ENABLE TRIGGER documents_touch;
ALTER TABLE customers ADD COLUMN note text;
