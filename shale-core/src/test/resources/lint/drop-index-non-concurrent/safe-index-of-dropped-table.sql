-- shale:no-transaction
-- expect: drop-table
-- An index whose table was dropped is gone with it; DROP INDEX IF EXISTS on it locks nothing.
CREATE TABLE carts (id bigint PRIMARY KEY, owner bigint);
CREATE INDEX carts_owner_idx ON carts (owner);
-- in a later migration:
DROP TABLE carts;
DROP INDEX IF EXISTS carts_owner_idx;
