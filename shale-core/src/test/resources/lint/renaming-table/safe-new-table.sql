-- expect: none
CREATE TABLE purchases_draft (id bigint PRIMARY KEY);
ALTER TABLE purchases_draft RENAME TO purchases;
