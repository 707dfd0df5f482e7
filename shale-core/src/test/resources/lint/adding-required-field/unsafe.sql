-- expect: adding-required-field
ALTER TABLE users ADD COLUMN plan text NOT NULL;
