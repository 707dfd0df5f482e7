import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema AUTH = schema("auth");

  public static final Table USERS =
      AUTH.table(
          "users",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("email", text()).notNull().unique());
}
