import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction CHECK_ORDER =
      function("check_order").returns("trigger").language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("status", text()),
          trigger("orders_status_guard").constraint().onInsert().onUpdate("status").deferrable().initiallyDeferred().execute(CHECK_ORDER),
          trigger("orders_status_audit").after().onUpdate("status").forEachRow().execute(CHECK_ORDER));
}
