-- A cycle of three tables and a self reference: no order creates them with their keys.
CREATE TABLE a (id int PRIMARY KEY, b_id int, parent_id int REFERENCES a);
CREATE TABLE b (id int PRIMARY KEY, c_id int);
CREATE TABLE c (id int PRIMARY KEY, a_id int REFERENCES a DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
ALTER TABLE b ADD FOREIGN KEY (c_id) REFERENCES c;
