-- expect: none
-- lint: include=prefer-bigint-over-int
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, quantity integer);
