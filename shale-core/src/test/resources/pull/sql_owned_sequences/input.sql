-- Sequences owned by columns, next to a plain serial (which stays a serial) and lookalikes.
CREATE SCHEMA sales;

-- A serial: owned by its column, named and called as serial makes it.
CREATE TABLE customers (
  id serial PRIMARY KEY,
  name text NOT NULL
);

-- A sequence with its own options, owned by the column whose default calls it.
CREATE SEQUENCE order_numbers AS bigint START WITH 1000 INCREMENT BY 10;
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number bigint NOT NULL DEFAULT nextval('order_numbers'),
  customer_id integer
);
ALTER SEQUENCE order_numbers OWNED BY orders.number;

-- Named as serial would name it but owned by a column whose default does not call it.
CREATE SEQUENCE orders_customer_id_seq AS integer OWNED BY orders.customer_id;

-- In another schema, owned by a table there; one sequence that nobody owns.
CREATE TABLE sales.invoices (
  id bigint PRIMARY KEY,
  reference integer
);
CREATE SEQUENCE sales.invoice_refs AS integer OWNED BY sales.invoices.reference;
CREATE SEQUENCE sales.loose;

-- A view's column may own a sequence on the server, which the model does not hold.
CREATE VIEW order_view AS SELECT id FROM orders;
CREATE SEQUENCE view_owned OWNED BY order_view.id;
