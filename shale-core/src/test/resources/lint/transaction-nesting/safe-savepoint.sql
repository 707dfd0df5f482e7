-- expect: none
-- Savepoints nest inside the tool's transaction without ending it.
SAVEPOINT before_note;
ALTER TABLE orders ADD COLUMN note text;
RELEASE SAVEPOINT before_note;
