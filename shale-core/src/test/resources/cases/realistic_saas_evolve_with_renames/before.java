import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORGS =
      table(
          "orgs",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("name", text()).notNull(),
          column("plan", text()).notNull().defaultValue("free"));

  public static final Table USERS =
      table(
          "users",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("org_id", uuid()).notNull().references(() -> ORGS, "id"),
          column("email", text()).notNull(),
          column("full_name", text()),
          unique("org_id", "email"));

  public static final Table API_KEYS =
      table(
          "api_keys",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("user_id", uuid()).notNull().references(() -> USERS, "id"),
          column("key_hash", text()).notNull(),
          column("created_at", timestamptz()).notNull().defaultNow());
}
