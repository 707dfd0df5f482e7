-- expect: none
-- An UPDATE … WHERE false after an ACCESS EXCLUSIVE change of its table: it is planned (its
-- columns and types checked) and touches no row, as the expand of expand and contract writes it.
ALTER TABLE orders ADD COLUMN amount_new bigint;
UPDATE orders SET amount_new = CAST("amount" AS bigint) WHERE false;
