-- expect: truncate-cascade, truncate-table
TRUNCATE customers CASCADE;
