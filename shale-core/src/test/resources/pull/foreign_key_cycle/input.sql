-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE departments (
  id bigint GENERATED ALWAYS AS IDENTITY,
  head_id bigint,
  CONSTRAINT departments_pkey PRIMARY KEY (id)
);

CREATE TABLE employees (
  id bigint GENERATED ALWAYS AS IDENTITY,
  department_id bigint,
  manager_id bigint,
  CONSTRAINT employees_pkey PRIMARY KEY (id)
);

ALTER TABLE departments ADD CONSTRAINT departments_head_id_fkey FOREIGN KEY (head_id) REFERENCES employees (id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE employees ADD CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES departments (id);

ALTER TABLE employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES employees (id);
