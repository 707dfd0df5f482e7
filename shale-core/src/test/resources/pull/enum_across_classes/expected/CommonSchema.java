import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code common}, as Shale's Java DSL (written by shale pull). */
public final class CommonSchema {
  public static final PgSchema COMMON = schema("common");

  public static final PgEnum LEVEL = COMMON.enumType("level", "low", "high");

  public static final Table SETTINGS =
      COMMON.table(
          "settings",
          column("ticket_id", bigint()).primaryKey().references(() -> AppSchema.TICKETS, "id"),
          column("level", LEVEL));

  private CommonSchema() {}
}
