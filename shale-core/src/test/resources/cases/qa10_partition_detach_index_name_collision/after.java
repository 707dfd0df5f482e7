import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
              "orders",
              column("id", bigint()).notNull(),
              column("placed", date()).notNull(),
              column("customer", text()),
              index("customer"),
              index("id", "placed").unique().name("orders_id_placed_key"))
          .partitionByRange("placed");

  // Detached keeping its own partial index (orders_2024_customer_idx) and the copy of the parent's
  // unique index, dropping the copy of the parent's customer index: PostgreSQL named that copy
  // orders_2024_customer_idx1, the partition's own index holding the name without a number.
  public static final Table ORDERS_2024 =
      table(
          "orders_2024",
          column("id", bigint()).notNull(),
          column("placed", date()).notNull(),
          column("customer", text()),
          index("customer").where("customer IS NOT NULL"),
          index("id", "placed").unique().name("orders_2024_id_placed_idx"));

  public static final Table ORDERS_2025 =
      table("orders_2025").partitionOf(() -> ORDERS, valuesFrom("2025-01-01").to("2026-01-01"));
}
