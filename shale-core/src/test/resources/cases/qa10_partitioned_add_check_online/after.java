import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // A check added to a live partitioned table: PostgreSQL 14 to 18 take ADD CONSTRAINT … NOT VALID
  // on a partitioned table (and its partitions) and VALIDATE CONSTRAINT on it, as on a plain table.
  public static final Table EVENTS =
      table(
              "events",
              column("id", bigint()).notNull(),
              column("at", date()).notNull(),
              column("kind", text()).notNull(),
              check("kind <> ''").name("events_kind_present"))
          .partitionByRange("at");

  public static final Table EVENTS_2024 =
      table("events_2024").partitionOf(() -> EVENTS, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table PLAIN =
      table(
          "plain",
          column("id", bigint()).notNull(),
          column("kind", text()).notNull(),
          check("kind <> ''").name("plain_kind_present"));
}
