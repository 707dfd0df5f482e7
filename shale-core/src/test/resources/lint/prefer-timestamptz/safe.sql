-- expect: none
-- lint: include=prefer-timestamptz
CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz, shipped_at timestamp(3) with time zone);
