-- View options are pulled: security_barrier, security_invoker (PostgreSQL 15) and the check
-- option as the DSL's shorthands, a materialized view's storage parameters with with(...).
CREATE TABLE items (id bigint PRIMARY KEY, owner text NOT NULL, price int NOT NULL);
CREATE VIEW my_items WITH (security_barrier, security_invoker = true) AS
  SELECT id, owner, price FROM items WHERE owner = current_user WITH LOCAL CHECK OPTION;
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10 WITH CHECK OPTION;
CREATE MATERIALIZED VIEW owner_totals WITH (fillfactor = 90) AS
  SELECT owner, sum(price) AS total FROM items GROUP BY owner;
