import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("kind", text()))
          .partitionByRange("at");

  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));
}
