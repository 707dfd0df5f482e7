import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");
  public static final PgEnum STATUS = APP.enumType("status", "new", "open", "closed");
  public static final Table TICKETS =
      APP.table("tickets", column("id", bigint()).primaryKey(), column("status", STATUS).notNull().defaultValue("new"), column("history", STATUS.array()));
  public static final Table AUDIT =
      table("audit", column("id", bigint()).primaryKey(), column("status", STATUS), index("status"));
  public static final PgView OPEN = view("open_tickets", "SELECT id FROM app.tickets WHERE status = 'open'");
}
