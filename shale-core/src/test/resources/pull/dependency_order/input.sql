-- The schema of input.java, in SQL: pull must give back expected/ from either.
CREATE TABLE a_order_items (
  order_id bigint NOT NULL,
  product_id bigint NOT NULL,
  CONSTRAINT a_order_items_pkey PRIMARY KEY (order_id, product_id)
);

CREATE TABLE b_orders (
  id bigint GENERATED ALWAYS AS IDENTITY,
  customer_id bigint NOT NULL,
  CONSTRAINT b_orders_pkey PRIMARY KEY (id)
);

CREATE TABLE c_products (
  id bigint GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT c_products_pkey PRIMARY KEY (id)
);

CREATE TABLE d_customers (
  id bigint GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT d_customers_pkey PRIMARY KEY (id)
);

ALTER TABLE a_order_items ADD CONSTRAINT a_order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES b_orders (id);

ALTER TABLE a_order_items ADD CONSTRAINT a_order_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES c_products (id);

ALTER TABLE b_orders ADD CONSTRAINT b_orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES d_customers (id);
