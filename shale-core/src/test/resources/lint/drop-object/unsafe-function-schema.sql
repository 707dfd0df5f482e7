-- expect: drop-object, drop-object, drop-object
DROP FUNCTION order_total(integer);
DROP SCHEMA billing CASCADE;
DROP EXTENSION "uuid-ossp";
