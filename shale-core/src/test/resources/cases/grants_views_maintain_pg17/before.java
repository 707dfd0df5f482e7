import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole OPS = role("shale_gvm_ops");

  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)));

  public static final PgView ORDER_TOTALS =
      materializedView("order_totals", "SELECT count(*) AS n FROM orders")
          .grant("shale_gvm_ops", SELECT);
}
