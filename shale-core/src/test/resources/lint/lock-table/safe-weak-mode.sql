-- expect: none
-- SHARE UPDATE EXCLUSIVE lets reads and writes through; it only keeps other DDL out.
LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE;
