-- shale:no-transaction
-- expect: none
-- DROP DATABASE analytics;
CREATE DATABASE analytics;
SELECT 'DROP DATABASE analytics';
