import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("public_id", uuid()).notNull().unique().defaultRandomUuid());

  public static final Table ADMINS =
      table(
          "admins",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("public_id", uuid()).notNull().unique().defaultRandomUuid());

  public static final Table SESSIONS =
      table(
          "sessions",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("user_ref", uuid()).notNull().references(() -> ADMINS, "public_id"));
}
