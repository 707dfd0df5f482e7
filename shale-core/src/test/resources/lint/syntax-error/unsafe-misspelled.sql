-- shale:no-transaction
-- expect: syntax-error, syntax-error, syntax-error
-- Misspelled commands and object kinds: PostgreSQL rejects each one.
SELEC 1;
CREATE INDX orders_a_idx ON orders (a);
ALTER TABEL orders ADD COLUMN z int;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reader;
