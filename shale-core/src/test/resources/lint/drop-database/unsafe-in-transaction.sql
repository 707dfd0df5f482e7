-- expect: drop-database, transaction-disallowed-statement
DROP DATABASE IF EXISTS analytics;
