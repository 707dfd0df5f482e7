-- Collations are not in the model: pull names every column and index key that has one in its
-- warning; the export gives them the default collation (catalog.diff).
CREATE TABLE names (
  id int PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  label varchar(50) COLLATE "POSIX"
);
CREATE INDEX names_name_idx ON names (name COLLATE "POSIX");
CREATE INDEX names_label_idx ON names (label);
