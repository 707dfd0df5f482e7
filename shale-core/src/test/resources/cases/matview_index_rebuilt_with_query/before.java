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

  public static final PgView DAILY =
      materializedView(
              "daily_totals",
              "SELECT placed_on, region, sum(total) AS total FROM orders GROUP BY placed_on, region")
          .indexes(
              index("placed_on", "region").unique(),
              index("region").name("daily_totals_by_region"));
}
