-- Orders are looked up by customer on the account page.
CREATE INDEX orders_customer_idx ON orders (customer_id);
