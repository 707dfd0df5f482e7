-- expect: transaction-disallowed-statement, concurrently-in-transaction
REINDEX SCHEMA CONCURRENTLY app;
