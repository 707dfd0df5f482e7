import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction TOUCH =
      function("touch").returns("trigger").language("plpgsql")
          .body("BEGIN NEW.updated_at := now(); RETURN NEW; END");

  public static final PgFunction AUDIT =
      function("audit_row").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("status", text()),
          column("updated_at", timestamptz()),
          trigger("accounts_touch").before().onUpdate().forEachRow().execute(TOUCH),
          trigger("accounts_audit").after().onUpdate("status").forEachRow().execute(AUDIT));

  public static final Table LOGS =
      table(
          "logs",
          column("id", bigint()).primaryKey(),
          column("updated_at", timestamptz()),
          trigger("logs_touch").before().onUpdate().forEachRow().execute(TOUCH),
          trigger("logs_audit").after().onDelete().execute(AUDIT));
}
