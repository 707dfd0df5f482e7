import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");

  public static final PgEnum PLAN = enumType("plan", "free", "team", "enterprise");

  public static final Table ORGANIZATIONS =
      table(
              "organizations",
              column("id", uuid()).primaryKey().defaultRandomUuid(),
              column("name", text()).notNull(),
              column("plan", PLAN).notNull().defaultValue("free"),
              column("seats", integer()).notNull().defaultValue(5).check("seats > 0"))
          .comment("Tenants");

  public static final Table USERS =
      table(
          "users",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("org_id", uuid()).notNull().references(() -> ORGANIZATIONS, "id").onDelete(CASCADE),
          column("email", text()).notNull(),
          column("display_name", text()),
          column("last_seen_at", timestamptz()),
          unique("org_id", "email").nullsNotDistinct());

  public static final Table API_KEYS =
      table(
          "api_keys",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("user_id", uuid()).notNull().references(() -> USERS, "id").onDelete(CASCADE),
          column("key_hash", text()).notNull().unique(),
          column("revoked_at", timestamptz()),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index("user_id").where("revoked_at IS NULL"));

  public static final Table AUDIT_EVENTS =
      APP.table(
          "audit_events",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("org_id", uuid())
              .notNull()
              .references("public.organizations", "id")
              .onDelete(CASCADE),
          column("actor_id", uuid()).references(() -> USERS, "id").onDelete(SET_NULL),
          column("action", text()).notNull(),
          column("data", jsonb()).notNull().defaultSql("'{}'::jsonb"),
          column("at", timestamptz()).notNull().defaultNow(),
          index("org_id", "at"));
}
