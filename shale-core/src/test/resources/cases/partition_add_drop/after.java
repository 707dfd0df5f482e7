import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull(),
              column("logdate", date()).notNull(),
              column("peaktemp", integer()),
              column("note", text()),
              primaryKey("city_id", "logdate"),
              index("peaktemp"))
          .partitionByRange("logdate");

  public static final Table MEASUREMENT_Y2024 =
      table("measurement_y2024")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to("2025-01-01"));

  public static final Table MEASUREMENT_Y2025 =
      table("measurement_y2025", index("note"))
          .partitionOf(() -> MEASUREMENT, valuesFrom("2025-01-01").to("2026-01-01"));
}
