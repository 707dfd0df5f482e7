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

  public static final PgView ACTIVE_USERS =
      view(
          "active_users",
          "SELECT id, email, name, created_at FROM users WHERE is_active");

  public static final PgView RECENT_ACTIVE_USERS =
      view(
          "recent_active_users",
          "SELECT id, email FROM active_users WHERE created_at > now() - interval '7 days'");
}
