import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Views {
  public static final PgSchema REPORTING = schema("reporting");

  public static final Table EVENTS =
      table(
          "events",
          column("id", bigint()).primaryKey(),
          column("kind", text()).notNull(),
          column("at", timestamptz()).notNull().defaultNow());

  public static final PgView RECENT =
      view(
          "recent_events",
          " SELECT events.id,\n    events.kind\n   FROM events\n  WHERE events.at > (now() - '1 day'::interval);");

  public static final PgView DAILY =
      REPORTING.materializedView(
          "daily_counts",
          "SELECT date_trunc('day', at) AS day, count(*) AS n FROM public.events GROUP BY 1")
          .comment("Refreshed nightly");
}
