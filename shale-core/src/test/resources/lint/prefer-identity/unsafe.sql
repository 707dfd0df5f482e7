-- expect: prefer-identity
-- lint: include=prefer-identity
CREATE TABLE orders (id bigserial PRIMARY KEY);
