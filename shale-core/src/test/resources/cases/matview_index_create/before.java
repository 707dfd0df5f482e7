import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("placed_on", date()).notNull(),
          column("region", text()).notNull(),
          column("total", numeric(12, 2)).notNull());
}
