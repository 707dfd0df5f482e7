import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDER_STATUS =
      table("order_status", column("code", text()).primaryKey());
  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("status", text()).notNull().references(() -> ORDER_STATUS, "code"));
}
