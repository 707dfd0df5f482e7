import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("total", numeric(10, 2)).check("total >= 0"),
          column("code", text()).unique(),
          index("total").where("total IS NOT NULL"));
}
