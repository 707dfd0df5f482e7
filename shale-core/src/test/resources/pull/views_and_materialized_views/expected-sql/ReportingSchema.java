import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.PgView;

/** The PostgreSQL schema {@code reporting}, as Shale's Java DSL (written by shale pull). */
public final class ReportingSchema {
  public static final PgSchema REPORTING = schema("reporting");

  public static final PgView DAILY_COUNTS =
      REPORTING
          .materializedView(
              "daily_counts",
              "SELECT date_trunc('day', at) AS day, count(*) AS n FROM events GROUP BY (date_trunc('day', at))")
          .comment("Refreshed nightly");

  private ReportingSchema() {}
}
