-- Column collations are pulled as collate(...); an index key's own collation is not in the model:
-- pull names it in its warning, and the export builds that key with the column's (catalog.diff).
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE names (
  id int PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  label varchar(50) COLLATE "POSIX",
  email text COLLATE case_insensitive
);
CREATE INDEX names_name_idx ON names (name COLLATE "POSIX");
CREATE INDEX names_label_idx ON names (label);
