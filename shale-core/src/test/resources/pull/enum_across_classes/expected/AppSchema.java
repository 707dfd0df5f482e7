import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code app}, as Shale's Java DSL (written by shale pull). */
public final class AppSchema {
  public static final PgSchema APP = schema("app");

  public static final Table TICKETS =
      APP.table(
          "tickets",
          column("id", bigint()).primaryKey(),
          column("level", CommonSchema.LEVEL).notNull().defaultValue("low"),
          column("history", CommonSchema.LEVEL.array()).defaultSql("'{}'::common.level[]"));

  private AppSchema() {}
}
