import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
              "orders",
              column("id", bigint()).notNull(),
              column("placed", date()).notNull(),
              column("customer", text()),
              index("customer").include("id"))
          .partitionByRange("placed");

  // Detached without the copy of its parent's index, which PostgreSQL named after its key and
  // INCLUDE columns: orders_2024_customer_id_idx.
  public static final Table ORDERS_2024 =
      table(
          "orders_2024",
          column("id", bigint()).notNull(),
          column("placed", date()).notNull(),
          column("customer", text()));

  public static final Table ORDERS_2025 =
      table("orders_2025").partitionOf(() -> ORDERS, valuesFrom("2025-01-01").to("2026-01-01"));
}
