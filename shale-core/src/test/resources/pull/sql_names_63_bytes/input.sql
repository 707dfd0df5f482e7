-- Names at and past PostgreSQL's 63-byte limit: the server truncates what it derives.
CREATE TABLE a_table_whose_name_is_long_enough_to_push_derived_names_past_it (
  a_column_whose_name_is_also_rather_long_so_that_names_get_cut_x int PRIMARY KEY,
  another_long_column_name_that_will_be_referenced_by_a_foreign_k int UNIQUE,
  "ÄÖÜ_multibyte_names_count_in_bytes_not_characters_äöüäöüäöüäö" text
);
CREATE INDEX ON a_table_whose_name_is_long_enough_to_push_derived_names_past_it
  ("ÄÖÜ_multibyte_names_count_in_bytes_not_characters_äöüäöüäöüäö");
CREATE TABLE b (
  x int REFERENCES a_table_whose_name_is_long_enough_to_push_derived_names_past_it
    (another_long_column_name_that_will_be_referenced_by_a_foreign_k),
  y int CHECK (y > 0),
  CONSTRAINT this_constraint_name_is_exactly_sixty_three_bytes_long_abcdefghi CHECK (x <> y)
);
