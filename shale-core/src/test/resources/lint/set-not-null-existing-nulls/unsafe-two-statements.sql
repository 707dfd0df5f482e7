-- shale:no-transaction
-- expect: set-not-null-existing-nulls
ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';
ALTER TABLE users ADD CONSTRAINT users_plan_nn CHECK (plan IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_plan_nn;
ALTER TABLE users ALTER COLUMN plan SET NOT NULL;
