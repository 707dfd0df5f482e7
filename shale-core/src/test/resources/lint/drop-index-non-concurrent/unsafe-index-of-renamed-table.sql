-- expect: drop-index-non-concurrent, renaming-table
-- The index was created on a table that a later migration renamed; dropping it locks the table
-- under its new name (this once crashed the linter).
CREATE TABLE carts (id bigint PRIMARY KEY, owner bigint);
CREATE INDEX carts_owner_idx ON carts (owner);
-- in a later migration:
ALTER TABLE carts RENAME TO baskets;
-- in a later migration:
DROP INDEX carts_owner_idx;
