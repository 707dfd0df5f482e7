-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE ranges (
  id bigint NOT NULL,
  low integer NOT NULL,
  high integer NOT NULL,
  status text,
  CONSTRAINT ranges_pkey PRIMARY KEY (id),
  CONSTRAINT ranges_check CHECK (low <= high),
  CONSTRAINT ranges_check1 CHECK (true),
  CONSTRAINT ranges_high_limit CHECK (high < 1000000),
  CONSTRAINT ranges_low_check CHECK (low >= 0),
  CONSTRAINT ranges_low_check1 CHECK (low < 100),
  CONSTRAINT ranges_status_check CHECK (status IN ('open', 'it''s closed'))
);
