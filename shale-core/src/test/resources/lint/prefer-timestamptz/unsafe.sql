-- expect: prefer-timestamptz, prefer-timestamptz
-- lint: include=prefer-timestamptz
CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamp, shipped_at timestamp(3) without time zone);
