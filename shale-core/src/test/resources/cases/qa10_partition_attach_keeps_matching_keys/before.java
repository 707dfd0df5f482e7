import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("kind", text()),
              primaryKey("id", "at"),
              index("kind"))
          .partitionByRange("at");

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));

  // A plain table with the keys and indexes its parent would give it, named as PostgreSQL names
  // them on a partition (as a partition detached earlier keeps them).
  public static final Table EVENTS_2024 =
      table(
          "events_2024",
          column("id", bigint()).notNull(),
          column("at", date()).notNull(),
          column("kind", text()),
          primaryKey("id", "at"),
          index("kind"));
}
