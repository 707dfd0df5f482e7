import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
              "orders",
              column("id", bigint()).notNull(),
              column("placed", date()).notNull(),
              column("customer", text()))
          .partitionByRange("placed");

  public static final Table ORDERS_2024 =
      table("orders_2024", index("customer").where("customer IS NOT NULL"))
          .partitionOf(() -> ORDERS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table ORDERS_2025 =
      table("orders_2025").partitionOf(() -> ORDERS, valuesFrom("2025-01-01").to("2026-01-01"));
}
