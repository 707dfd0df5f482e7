-- expect: none
-- lint: include=ban-char-field
-- "char" (quoted) is PostgreSQL's one-byte internal type, not char(1).
CREATE TABLE flags (id bigint PRIMARY KEY, kind "char" NOT NULL);
