import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole ANON = role("shale_gv_anon");
  public static final PgRole APP = role("shale_gv_app");

  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)));

  public static final PgView OPEN_ORDERS =
      view("open_orders", "SELECT id, total FROM orders")
          .grant("shale_gv_anon", SELECT)
          .grant("shale_gv_app", SELECT, INSERT, UPDATE, DELETE)
          .grantWithGrantOption("pg_monitor", SELECT, REFERENCES, TRIGGER);

  public static final PgView ORDER_TOTALS =
      materializedView("order_totals", "SELECT count(*) AS n, sum(total) AS total FROM orders")
          .grant("shale_gv_app", ALL)
          .grant("public", SELECT);
}
