-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TYPE "user-id" AS ENUM ('x');

CREATE SEQUENCE "user.id" AS bigint;

CREATE TABLE "-" (
  id integer
);

CREATE TABLE "2fa_codes" (
  id integer
);

CREATE TABLE "Straße" (
  id integer
);

CREATE TABLE "USER_ID" (
  id integer
);

CREATE TABLE _ (
  id integer
);

CREATE TABLE "a""quote" (
  id integer
);

CREATE TABLE "back\slash" (
  id integer
);

CREATE TABLE "café" (
  id integer
);

CREATE TABLE cascade (
  id integer NOT NULL,
  CONSTRAINT cascade_pkey PRIMARY KEY (id)
);

CREATE TABLE set_null (
  ref integer
);

CREATE TABLE "user id" (
  id integer
);

CREATE TABLE "userId" (
  id integer
);

CREATE TABLE user_id (
  id integer
);

CREATE TABLE "用户" (
  id integer
);

ALTER TABLE set_null ADD CONSTRAINT set_null_ref_fkey FOREIGN KEY (ref) REFERENCES cascade (id) ON DELETE SET NULL;

CREATE VIEW "User Id" AS
SELECT 1;
