import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table READINGS =
      table(
              "readings",
              column("sensor_id", integer()).notNull(),
              column("taken_at", timestamptz()).notNull(),
              column("value", numeric(8, 2)))
          .partitionByRange("taken_at");

  public static final Table READINGS_OLD =
      table("readings_old")
          .partitionOf(() -> READINGS, valuesFrom(MINVALUE).to("2024-01-01"));

  public static final Table READINGS_2024_H1 =
      table("readings_2024_h1")
          .partitionOf(() -> READINGS, valuesFrom("2024-01-01 00:00").to("2024-07-01 02:00:00+02"));

  public static final Table READINGS_2024_H2 =
      table("readings_2024_h2")
          .partitionOf(
              () -> READINGS, valuesFrom("2024-07-01T00:00:00Z").to("2024-12-31 19:00:00.5-05:00"));
}
