import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDER_LINES =
      table(
          "order_lines",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("price", numeric(10, 2)).notNull(),
          column("quantity", integer()).notNull(),
          column("total", numeric(12, 2)).generatedAlwaysAs("price * quantity"));
}
