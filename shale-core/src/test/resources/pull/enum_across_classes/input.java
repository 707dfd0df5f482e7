import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Shared {
  public static final PgSchema COMMON = schema("common");
  public static final PgEnum LEVEL = COMMON.enumType("level", "low", "high");
  public static final PgSchema APP = schema("app");

  public static final Table TICKETS =
      APP.table(
          "tickets",
          column("id", bigint()).primaryKey(),
          column("level", LEVEL).notNull().defaultValue("low"),
          column("history", LEVEL.array()).defaultSql("'{}'::common.level[]"));

  public static final Table SETTINGS =
      COMMON.table(
          "settings",
          column("ticket_id", bigint()).primaryKey().references(() -> TICKETS, "id"),
          column("level", LEVEL));
}
