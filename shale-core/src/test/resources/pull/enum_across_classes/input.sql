-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SCHEMA app;

CREATE SCHEMA common;

CREATE TYPE common.level AS ENUM ('low', 'high');

CREATE TABLE app.tickets (
  id bigint NOT NULL,
  level common.level DEFAULT 'low' NOT NULL,
  history common.level[] DEFAULT '{}'::common.level[],
  CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

CREATE TABLE common.settings (
  ticket_id bigint NOT NULL,
  level common.level,
  CONSTRAINT settings_pkey PRIMARY KEY (ticket_id)
);

ALTER TABLE common.settings ADD CONSTRAINT settings_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES app.tickets (id);
