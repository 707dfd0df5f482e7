-- expect: none
-- The value appears only where it is no use of it: comments, a quoted identifier, a function
-- body, the neighbor of a later ADD VALUE, a comment on the type.
ALTER TYPE order_status ADD VALUE 'refunded';
-- UPDATE orders SET status = 'refunded';
SELECT count(*) /* WHERE status = 'refunded' */ FROM orders AS "refunded";
CREATE FUNCTION refund(bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET status = 'refunded' WHERE id = $1;
END
$$;
ALTER TYPE order_status ADD VALUE 'partially_refunded' AFTER 'refunded';
COMMENT ON TYPE order_status IS 'refunded';
