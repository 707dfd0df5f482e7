import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class LongNames {
  public static final Table LONG =
      table(
          "a_table_name_that_is_exactly_sixty_three_bytes_long_aaaaaaaaaaa",
          column("a_column_name_that_is_exactly_sixty_three_bytes_long_bbbbbbbbbb", bigint())
              .primaryKey(),
          column("another_column_name_that_is_quite_long_too_ccccccccccccccccccc", text())
              .unique(),
          column("ref", bigint())
              .references(
                  () -> LongNames.LONG,
                  "a_column_name_that_is_exactly_sixty_three_bytes_long_bbbbbbbbbb"),
          index("another_column_name_that_is_quite_long_too_ccccccccccccccccccc", "ref"),
          check("ref > 0"));

  public static final Table UMLAUTS =
      table(
          "äääääääääääääääääääääääääääääää",
          column("öööööööööööööööööööööööööööööööx", integer()).unique());
}
