-- shale:no-transaction
-- expect: unique-data-dependent
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
