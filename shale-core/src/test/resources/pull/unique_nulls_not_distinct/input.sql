-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE contacts (
  id bigint NOT NULL,
  email text,
  phone text,
  country text,
  handle text,
  CONSTRAINT contacts_pkey PRIMARY KEY (id),
  CONSTRAINT contacts_country_email_key UNIQUE NULLS NOT DISTINCT (country, email),
  CONSTRAINT contacts_country_phone_key UNIQUE (country, phone),
  CONSTRAINT contacts_email_key UNIQUE NULLS NOT DISTINCT (email),
  CONSTRAINT contacts_handle_uq UNIQUE (handle),
  CONSTRAINT contacts_phone_nnd UNIQUE NULLS NOT DISTINCT (phone)
);
