-- expect: none
CREATE TABLE handles (id bigint PRIMARY KEY, handle text);
CREATE UNIQUE INDEX handles_handle_key ON handles (handle);
