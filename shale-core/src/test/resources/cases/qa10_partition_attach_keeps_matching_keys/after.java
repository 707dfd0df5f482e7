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

  // Attached: ATTACH PARTITION takes its primary key and index as the partition's copies of its
  // parent's (same columns, same names), so neither is dropped first (which would leave the table
  // without its key between the two steps, and make ATTACH build both under ACCESS EXCLUSIVE).
  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));
}
