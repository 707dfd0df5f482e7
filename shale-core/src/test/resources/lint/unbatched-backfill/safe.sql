-- shale:no-transaction
-- expect: none
UPDATE users SET plan = 'free' WHERE plan IS NULL AND id BETWEEN 1 AND 5000;
-- A table created in this deploy holds only what the migration put there.
CREATE TABLE plans (id bigint PRIMARY KEY, name text);
INSERT INTO plans VALUES (1, 'free');
UPDATE plans SET name = lower(name);
DO $$ BEGIN UPDATE users SET plan = 'x'; END $$;
