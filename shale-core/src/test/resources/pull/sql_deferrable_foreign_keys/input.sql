CREATE TABLE parents (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE children (
  id int PRIMARY KEY,
  parent_id int REFERENCES parents DEFERRABLE,
  parent_code text,
  other_id int,
  FOREIGN KEY (parent_code) REFERENCES parents (code) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT children_other_fk FOREIGN KEY (other_id) REFERENCES parents ON DELETE SET DEFAULT NOT DEFERRABLE
);
CREATE TABLE pairs (
  a int, b int, x int, y int,
  PRIMARY KEY (a, b),
  FOREIGN KEY (x, y) REFERENCES pairs (a, b) ON DELETE CASCADE
);
