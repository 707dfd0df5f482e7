-- expect: do-block-not-checked
-- The DDL is in the string that EXECUTE runs: it drops the index (ACCESS EXCLUSIVE on orders)
-- all the same.
SET lock_timeout = '5s';
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_class WHERE relname = 'orders_total_idx') THEN
    EXECUTE format('DROP INDEX %I', 'orders_total_idx');
  END IF;
END
$$;
