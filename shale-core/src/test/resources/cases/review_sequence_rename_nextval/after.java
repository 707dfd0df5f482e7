import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NUMBER = sequence("order_number");
  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("no", bigint()).notNull().defaultSql("nextval('order_number')"));
}
