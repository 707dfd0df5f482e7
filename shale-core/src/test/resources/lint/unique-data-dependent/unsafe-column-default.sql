-- expect: unique-data-dependent, add-unique-constraint
-- Every existing row gets the same default: two rows make a duplicate.
ALTER TABLE users ADD COLUMN referral_code text DEFAULT 'none' UNIQUE;
