import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull(),
              column("logdate", date()).notNull(),
              column("peaktemp", integer()),
              primaryKey("city_id", "logdate"))
          .partitionByRange("logdate");

  public static final Table MEASUREMENT_Y2023 =
      table("measurement_y2023")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2023-01-01").to("2024-01-01"));

  public static final Table MEASUREMENT_Y2024 =
      table("measurement_y2024")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table OLD_EVENTS =
      table("old_events", column("id", bigint()).notNull(), column("kind", text()))
          .partitionByList("kind");

  public static final Table OLD_EVENTS_A =
      table("old_events_a").partitionOf(() -> OLD_EVENTS, valuesIn("a"));
}
