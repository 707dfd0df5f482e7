-- expect: add-foreign-key, fk-missing-index
-- An inline REFERENCES cannot be NOT VALID.
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
