import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull(),
          column("name", text()),
          column("is_active", bool()).notNull().defaultValue(true),
          column("created_at", timestamptz()).notNull().defaultNow());

  public static final PgView DAILY_SIGNUPS =
      materializedView(
              "daily_signups",
              "SELECT date_trunc('day', created_at) AS day, count(*) AS signups FROM users GROUP BY 1")
          .comment("Refreshed nightly");
}
