-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE orgs (
  id bigint GENERATED ALWAYS AS IDENTITY,
  code text NOT NULL,
  CONSTRAINT orgs_pkey PRIMARY KEY (id),
  CONSTRAINT orgs_code_key UNIQUE (code)
);

CREATE TABLE projects (
  org_id bigint NOT NULL,
  no integer NOT NULL,
  org_code text,
  owner_id bigint,
  CONSTRAINT projects_pkey PRIMARY KEY (org_id, no)
);

CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY,
  org_id bigint NOT NULL,
  project_no integer NOT NULL,
  CONSTRAINT tasks_pkey PRIMARY KEY (id)
);

ALTER TABLE projects ADD CONSTRAINT projects_org_code_fkey FOREIGN KEY (org_code) REFERENCES orgs (code) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE;

ALTER TABLE projects ADD CONSTRAINT projects_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE;

ALTER TABLE projects ADD CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES orgs (id) ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE tasks ADD CONSTRAINT tasks_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id);

ALTER TABLE tasks ADD CONSTRAINT tasks_org_id_project_no_fkey FOREIGN KEY (org_id, project_no) REFERENCES projects (org_id, no) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
