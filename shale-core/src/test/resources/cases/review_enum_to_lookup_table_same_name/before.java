import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ORDER_STATUS = enumType("order_status", "new", "paid", "shipped");
  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("status", ORDER_STATUS).notNull());
}
