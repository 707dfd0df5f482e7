import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole ANON = role("shale_gp_anon");
  public static final PgRole APP = role("shale_gp_app");

  public static final Table MEASUREMENT =
      table(
              "measurement",
              column("city_id", integer()).notNull(),
              column("logdate", date()).notNull(),
              column("peaktemp", integer()))
          .partitionByRange("logdate")
          .grant("shale_gp_anon", SELECT)
          .grant("shale_gp_app", SELECT, INSERT);

  public static final Table MEASUREMENT_Y2024 =
      table("measurement_y2024")
          .partitionOf(() -> MEASUREMENT, valuesFrom("2024-01-01").to("2025-01-01"))
          .grant("shale_gp_app", SELECT);
}
