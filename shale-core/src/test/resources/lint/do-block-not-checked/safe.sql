-- expect: none
-- A DO block that touches no table, and a function whose body runs only when called.
DO $$ BEGIN
  RAISE NOTICE 'ALTER TABLE orders is only a message here';
  -- ALTER TABLE orders ADD COLUMN x int;  (a comment)
  PERFORM set_config('app.version', '42', false);
END $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'ALTER TABLE audit ADD COLUMN x int';
  RETURN NEW;
END $$;
