-- Every user has an e-mail address now; the nickname is gone.
ALTER TABLE users
	ALTER COLUMN email SET NOT NULL,
	DROP COLUMN nickname;
