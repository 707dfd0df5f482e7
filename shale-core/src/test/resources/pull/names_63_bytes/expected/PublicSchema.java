import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table A_TABLE_NAME_THAT_IS_EXACTLY_SIXTY_THREE_BYTES_LONG_AAAAAAAAAAA =
      table(
          "a_table_name_that_is_exactly_sixty_three_bytes_long_aaaaaaaaaaa",
          column("a_column_name_that_is_exactly_sixty_three_bytes_long_bbbbbbbbbb", bigint())
              .primaryKey(),
          column("another_column_name_that_is_quite_long_too_ccccccccccccccccccc", text()).unique(),
          column("ref", bigint())
              .references(
                  () ->
                      PublicSchema.A_TABLE_NAME_THAT_IS_EXACTLY_SIXTY_THREE_BYTES_LONG_AAAAAAAAAAA,
                  "a_column_name_that_is_exactly_sixty_three_bytes_long_bbbbbbbbbb")
              .check("ref > 0"),
          index("another_column_name_that_is_quite_long_too_ccccccccccccccccccc", "ref"));

  public static final Table AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA =
      table(
          "äääääääääääääääääääääääääääääää",
          column("öööööööööööööööööööööööööööööööx", integer()).unique());

  private PublicSchema() {}
}
