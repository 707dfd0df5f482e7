-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE SCHEMA auth;

CREATE SCHEMA billing;

CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');

CREATE TABLE auth.accounts (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  email text NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id),
  CONSTRAINT accounts_email_key UNIQUE (email)
);

CREATE TABLE billing.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY,
  account_id uuid NOT NULL,
  currency billing.currency DEFAULT 'EUR' NOT NULL,
  CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY,
  invoice_id bigint NOT NULL,
  currency billing.currency[],
  CONSTRAINT payments_pkey PRIMARY KEY (id)
);

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_account_id_fkey FOREIGN KEY (account_id) REFERENCES auth.accounts (id);

ALTER TABLE payments ADD CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoices (id);

CREATE VIEW billing.open_invoices AS
SELECT id FROM billing.invoices;
