INSERT INTO books (title, published) VALUES ('Dune', '1965-08-01'), ('Emma', '1815-12-23');
