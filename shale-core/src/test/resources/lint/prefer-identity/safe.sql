-- expect: none
-- lint: include=prefer-identity
CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
