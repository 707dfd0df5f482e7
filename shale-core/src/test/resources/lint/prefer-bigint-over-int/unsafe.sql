-- expect: prefer-bigint-over-int
-- lint: include=prefer-bigint-over-int
-- The key runs out; the quantity, not a key, is left alone.
CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, quantity integer);
