-- expect: none
CREATE TABLE audit (note text);
ALTER TABLE audit ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
