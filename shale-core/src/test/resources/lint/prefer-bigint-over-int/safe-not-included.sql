-- expect: none
-- Hygiene rules run only when included.
CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
