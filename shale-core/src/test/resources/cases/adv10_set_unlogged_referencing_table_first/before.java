import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table CUSTOMERS = table("customers", column("id", bigint()).primaryKey());
  public static final Table ORDERS = table("orders", column("id", bigint()).primaryKey(), column("customer_id", bigint()).references(() -> CUSTOMERS, "id"));
}
