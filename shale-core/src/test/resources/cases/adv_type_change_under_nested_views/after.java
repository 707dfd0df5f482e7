import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("orders", column("id", bigint()).primaryKey(), column("amount", numeric(12, 2)));
  public static final PgView V1 = view("v_orders", "SELECT id, amount FROM orders");
  public static final PgView V2 = view("v_big_orders", "SELECT id, amount FROM v_orders WHERE amount > 100");
  public static final PgView M = materializedView("m_order_sum", "SELECT sum(amount) AS s FROM v_big_orders");
}
