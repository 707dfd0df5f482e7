-- shale:no-transaction
-- expect: none
-- A key on a new table, and a key referencing a new table, check no existing rows.
CREATE TABLE coupons (id bigint PRIMARY KEY, code text);
CREATE TABLE redemptions (coupon_id bigint REFERENCES coupons (id), order_id bigint, PRIMARY KEY (coupon_id, order_id));
ALTER TABLE redemptions ADD CONSTRAINT redemptions_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
CREATE INDEX redemptions_order_idx ON redemptions (order_id);
ALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES coupons (id);
CREATE INDEX CONCURRENTLY orders_coupon_idx ON orders (coupon_id);
