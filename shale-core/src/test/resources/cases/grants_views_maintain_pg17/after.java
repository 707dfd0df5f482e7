import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole OPS = role("shale_gvm_ops");

  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)));

  /** MAINTAIN (PostgreSQL 17) lets the role refresh it without owning it. */
  public static final PgView ORDER_TOTALS =
      materializedView("order_totals", "SELECT count(*) AS n FROM orders")
          .grant("shale_gvm_ops", SELECT, MAINTAIN);

  public static final PgView BIG_ORDERS =
      view("big_orders", "SELECT id FROM orders WHERE total > 100")
          .grant("shale_gvm_ops", ALL, MAINTAIN);
}
