-- expect: statements-after-access-exclusive
-- WHERE false on the outer UPDATE of a WITH: its data-modifying CTE still writes every row.
ALTER TABLE orders ADD COLUMN amount_new bigint;
WITH u AS (UPDATE orders SET amount_new = amount RETURNING id)
UPDATE orders SET amount_new = 1 WHERE false;
