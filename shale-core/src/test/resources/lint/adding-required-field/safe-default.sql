-- expect: none
ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';
