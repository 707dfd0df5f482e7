-- expect: truncate-table
TRUNCATE sessions;
