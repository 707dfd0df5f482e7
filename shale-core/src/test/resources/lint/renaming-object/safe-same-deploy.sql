-- expect: none
CREATE TYPE mood AS ENUM ('sad', 'happy');
ALTER TYPE mood RENAME VALUE 'happy' TO 'glad';
ALTER TYPE mood RENAME TO feeling;
CREATE SCHEMA reporting;
ALTER SCHEMA reporting RENAME TO reports;
ALTER TYPE order_status ADD VALUE 'refnded';
ALTER TYPE order_status RENAME VALUE 'refnded' TO 'refunded';
