-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE class (
  "int" integer,
  new text
);

CREATE TABLE "order" (
  "select" bigint NOT NULL,
  "from" text,
  "where" text,
  class text,
  "true" boolean,
  "null" text,
  "user" text,
  CONSTRAINT order_pkey PRIMARY KEY ("select")
);

CREATE TABLE "user" (
  id bigint NOT NULL,
  "order" bigint,
  CONSTRAINT user_pkey PRIMARY KEY (id)
);

CREATE INDEX order_from_idx ON "order" ("from");

ALTER TABLE "user" ADD CONSTRAINT user_order_fkey FOREIGN KEY ("order") REFERENCES "order" ("select");
