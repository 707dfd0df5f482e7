import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ORDER_STATUS = enumType("order_status", "pending", "paid");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("status", ORDER_STATUS).notNull(),
          column("last_status", text()));
}
