-- shale:no-transaction
-- expect: none
-- lint: lock-timeout=none
CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);
