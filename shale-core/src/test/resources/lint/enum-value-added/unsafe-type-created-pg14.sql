-- expect: enum-value-added
-- Measured: PostgreSQL 14 refuses a value added to a type created in the same transaction.
CREATE TYPE mood AS ENUM ('sad');
ALTER TYPE mood ADD VALUE 'happy';
CREATE TABLE people (id bigint PRIMARY KEY, mood mood DEFAULT 'happy');
