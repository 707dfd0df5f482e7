import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table CUSTOMERS = table("customers", column("id", bigint()).primaryKey());

  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("kind", text()).notNull(),
              column("customer_id", bigint()),
              primaryKey("id", "at"),
              foreignKey("customer_id")
                  .references(() -> CUSTOMERS, "id")
                  .name("events_customer_id_fkey"),
              check("kind <> ''").name("events_kind_present"),
              index("kind"))
          .partitionByRange("at");

  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));

  public static final Table EVENTS_2026 =
      table("events_2026").partitionOf(() -> EVENTS, valuesFrom("2026-01-01").to("2027-01-01"));
}
