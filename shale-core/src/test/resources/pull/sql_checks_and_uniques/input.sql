CREATE TABLE products (
  id int PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  price numeric CHECK (price > 0),
  discounted numeric,
  code text,
  region text,
  CONSTRAINT discount_below_price CHECK (discounted < price),
  CONSTRAINT products_code_region_key UNIQUE (code, region),
  CONSTRAINT products_sku_len CHECK (length(sku) BETWEEN 3 AND 20 AND sku ~ '^[A-Z]'),
  UNIQUE NULLS NOT DISTINCT (region, sku)
);
