-- expect: add-primary-key, unique-data-dependent
ALTER TABLE events ADD PRIMARY KEY (id);
