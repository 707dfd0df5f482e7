import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).generatedAlwaysAsIdentity(),
              column("at", date()).notNull(),
              column("kind", text()),
              check("kind <> ''").name("events_kind_present"))
          .partitionByRange("at");

  public static final Table EVENTS_2025 =
      table("events_2025").partitionOf(() -> EVENTS, valuesFrom("2025-01-01").to("2026-01-01"));

  // A plain table attached to a parent that has a check and an identity column: ATTACH PARTITION
  // refuses a table without the parent's checks ("child table is missing constraint"), and on
  // PostgreSQL 17+ one with an identity column of its own (the attached partition takes the
  // parent's identity there; on 14 to 16 a partition has none).
  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));
}
