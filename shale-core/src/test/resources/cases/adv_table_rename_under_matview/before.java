import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("orders", column("id", bigint()).primaryKey(), column("amount", integer()));
  public static final PgView M = materializedView("m_order_stats", "SELECT count(*) AS c, sum(amount) AS s FROM orders");
}
