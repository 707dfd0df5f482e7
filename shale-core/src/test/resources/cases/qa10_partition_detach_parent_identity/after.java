import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).generatedAlwaysAsIdentity(),
              column("at", date()).notNull(),
              primaryKey("id", "at"))
          .partitionByRange("at");

  // Detached: a partition never has its parent's identity (PostgreSQL 14 to 16 give partitions
  // none; 17 and 18 drop it on DETACH), so the plain table's id is a plain bigint.
  public static final Table EVENTS_2024 =
      table(
          "events_2024",
          column("id", bigint()).notNull(),
          column("at", date()).notNull(),
          primaryKey("id", "at"));

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));
}
