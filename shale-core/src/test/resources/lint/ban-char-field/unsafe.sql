-- expect: ban-char-field, ban-char-field
-- lint: include=ban-char-field
CREATE TABLE countries (code char(2) PRIMARY KEY, flag character);
