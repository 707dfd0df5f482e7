import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // kind renamed to category on the parent: PostgreSQL renames the partitions' column with it
  // (ALTER TABLE … RENAME COLUMN recurses, and refuses to rename an inherited column on a
  // partition), so one question and one statement.
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("category", text()))
          .partitionByRange("at");

  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));
}
