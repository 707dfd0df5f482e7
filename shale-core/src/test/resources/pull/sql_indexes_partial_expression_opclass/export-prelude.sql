-- Extensions are the user's (listed in warning.txt): the trigram operator class needs pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
