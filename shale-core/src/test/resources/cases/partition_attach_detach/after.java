import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull(),
              column("logdate", date()).notNull(),
              column("peaktemp", integer()))
          .partitionByRange("logdate");

  public static final Table MEASUREMENT_Y2023 =
      table(
          "measurement_y2023",
          column("city_id", integer()).notNull(),
          column("logdate", date()).notNull(),
          column("peaktemp", integer()));

  public static final Table MEASUREMENT_Y2024 =
      table("measurement_y2024")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to("2025-07-01"));

  public static final Table LOADED_2025 =
      table("loaded_2025")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2025-07-01").to("2026-01-01"));

  public static final Table REGIONS =
      table("regions", column("code", text()).notNull(), column("name", text()))
          .partitionByList("code");

  public static final Table REGIONS_EU =
      table("regions_eu").partitionOf(() -> REGIONS, valuesIn("fr", "de", "it"));

  public static final Table REGIONS_LOOSE =
      table("regions_loose").partitionOf(() -> REGIONS, valuesIn("us", null));
}
