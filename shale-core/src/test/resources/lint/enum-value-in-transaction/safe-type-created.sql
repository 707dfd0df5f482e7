-- expect: none
-- lint: pg=11
-- Before 12, ADD VALUE was allowed in the transaction that created the type.
CREATE TYPE mood AS ENUM ('sad');
ALTER TYPE mood ADD VALUE 'happy';
