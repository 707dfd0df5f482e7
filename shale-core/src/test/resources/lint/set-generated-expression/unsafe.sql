-- expect: set-generated-expression
-- lint: pg=17
ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100 + fee);
