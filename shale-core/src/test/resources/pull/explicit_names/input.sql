-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE items (
  id bigint NOT NULL,
  code text,
  sku text,
  price integer,
  qty integer,
  CONSTRAINT items_pkey PRIMARY KEY (id),
  CONSTRAINT items_code_key UNIQUE (code),
  CONSTRAINT items_code_key1 UNIQUE NULLS NOT DISTINCT (code),
  CONSTRAINT items_sku_unique UNIQUE (sku),
  CONSTRAINT items_price_check CHECK (price > 0),
  CONSTRAINT items_price_check1 CHECK (price < 1000000),
  CONSTRAINT items_qty_check CHECK (qty >= 0),
  CONSTRAINT qty_upper_bound CHECK (qty < 1000)
);

CREATE TABLE items_qty_idx2 (
  id integer
);

CREATE INDEX items_qty_idx ON items (qty);

CREATE INDEX items_qty_idx1 ON items (qty) WHERE qty > 0;

CREATE INDEX items_qty_price_idx ON items (qty, price);

CREATE INDEX price_lookup ON items (price);
