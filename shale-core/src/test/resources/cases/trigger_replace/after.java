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
          column("total", numeric(10, 2)),
          trigger("orders_changed")
              .after()
              .onInsert()
              .onUpdate("status", "total")
              .forEachRow()
              .execute(AUDIT),
          trigger("orders_when")
              .after()
              .onUpdate()
              .forEachRow()
              .when("OLD.total < NEW.total")
              .execute(AUDIT, "b")
              .disabled(),
          trigger("orders_state").after().onDelete().execute(AUDIT).disabled(),
          trigger("orders_replica").after().onInsert().execute(AUDIT),
          trigger("orders_constraint").constraint().onInsert().deferrable().execute(AUDIT),
          trigger("orders_old").after().onInsert().execute(AUDIT));
}
