import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
              "orders",
              column("id", bigint()).notNull(),
              column("region", text()).notNull(),
              column("total", numeric(10, 2)))
          .partitionByList("region");

  public static final Table ORDERS_EU =
      table("orders_eu").partitionOf(() -> ORDERS, valuesIn("de", "fr"));

  // A new partition next to the default one: PostgreSQL reads the default partition to prove it
  // holds no row of the new bound.
  public static final Table ORDERS_US =
      table("orders_us").partitionOf(() -> ORDERS, valuesIn("us"));

  public static final Table ORDERS_OTHER =
      table("orders_other").partitionOf(() -> ORDERS, defaultPartition());
}
