import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");

  public static final PgExtension CITEXT = extension("citext");

  public static final Table USERS =
      APP.table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()).notNull());
}
