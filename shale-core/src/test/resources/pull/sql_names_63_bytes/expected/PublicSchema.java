import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table A_TABLE_WHOSE_NAME_IS_LONG_ENOUGH_TO_PUSH_DERIVED_NAMES_PAST_IT =
      table(
          "a_table_whose_name_is_long_enough_to_push_derived_names_past_it",
          column("a_column_whose_name_is_also_rather_long_so_that_names_get_cut_x", integer())
              .primaryKey(),
          column("another_long_column_name_that_will_be_referenced_by_a_foreign_k", integer())
              .unique(),
          column("ÄÖÜ_multibyte_names_count_in_bytes_not_characters_äöüäö", text()),
          index("ÄÖÜ_multibyte_names_count_in_bytes_not_characters_äöüäö"));

  public static final Table B =
      table(
          "b",
          column("x", integer())
              .references(
                  () -> A_TABLE_WHOSE_NAME_IS_LONG_ENOUGH_TO_PUSH_DERIVED_NAMES_PAST_IT,
                  "another_long_column_name_that_will_be_referenced_by_a_foreign_k"),
          column("y", integer()).check("y > 0"),
          check("x <> y").name("this_constraint_name_is_exactly_sixty_three_bytes_long_abcdefgh"));

  private PublicSchema() {}
}
