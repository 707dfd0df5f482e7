CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email character varying(320) NOT NULL UNIQUE,
  org_id integer REFERENCES orgs ON DELETE RESTRICT,
  balance numeric(10,2) DEFAULT 0.00 CHECK (balance >= 0),
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  tags text[] DEFAULT '{}'::text[],
  "Display Name" text COLLATE "en_US",
  CONSTRAINT users_email_lower CHECK (email = lower(email)),
  UNIQUE (org_id, email),
  FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID
);
create unlogged table if not exists "MySchema"."Events" (like template including all, payload jsonb) partition by range (created_at);
CREATE TABLE events_2024 PARTITION OF "MySchema"."Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_h PARTITION OF events (CONSTRAINT pos CHECK (id > 0)) FOR VALUES WITH (MODULUS 4, REMAINDER 0) PARTITION BY LIST (kind);
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE TEMP TABLE scratch AS SELECT * FROM users WITH NO DATA;
CREATE TABLE copy_users (id, email) AS SELECT id, email FROM users;
CREATE TABLE child (extra int) INHERITS (parent) WITH (fillfactor=90) TABLESPACE fast;
CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
