-- expect: none
-- lint: include=ban-char-field
CREATE TABLE countries (code text PRIMARY KEY CHECK (length(code) = 2), name varchar);
