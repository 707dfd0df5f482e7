import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table RANGES =
      table(
          "ranges",
          column("id", bigint()).primaryKey(),
          column("low", integer()).notNull().check("low >= 0"),
          column("high", integer()).notNull(),
          column("status", text()).check("status IN ('open', 'it''s closed')"),
          check("low <= high"),
          check("true"),
          check("high < 1000000").name("ranges_high_limit"),
          check("low < 100"));

  private PublicSchema() {}
}
