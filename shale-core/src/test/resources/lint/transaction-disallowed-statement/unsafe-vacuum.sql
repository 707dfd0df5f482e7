-- expect: transaction-disallowed-statement
-- shale migrate runs this file in a transaction: VACUUM fails there.
VACUUM ANALYZE orders;
