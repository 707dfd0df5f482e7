CREATE SCHEMA "order";
CREATE TABLE "order"."select" (
  "from" int PRIMARY KEY,
  "where" text NOT NULL,
  "group" text,
  "user" text DEFAULT CURRENT_USER,
  "class" int,
  "static" boolean,
  "public" text,
  "default" text DEFAULT 'default'
);
CREATE TABLE "table" ("column" int REFERENCES "order"."select" ("from"), "check" int CHECK ("check" > 0));
CREATE INDEX "index" ON "table" ("column");
CREATE TYPE "enum" AS ENUM ('case', 'when');
CREATE TABLE "values" ("case" "enum" DEFAULT 'when');
