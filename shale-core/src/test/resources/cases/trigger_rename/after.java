import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction AUDIT =
      function("audit_row").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("status", text()),
          trigger("orders_status_audit").after().onUpdate("status").forEachRow().execute(AUDIT),
          trigger("orders_delete_audit").after().onDelete().execute(AUDIT).disabled());
}
