import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // a second "users" in another schema: must not be mistaken for the first one.
  public static final PgSchema AUTH = schema("auth");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull());

  public static final Table AUTH_USERS =
      AUTH.table(
          "users",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("public_user_id", bigint()).references(() -> USERS, "id").onDelete(SET_NULL),
          column("password_hash", text()).notNull());
}
