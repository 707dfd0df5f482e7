-- expect: drop-table
DROP TABLE legacy_orders;
