import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema EXT = schema("ext");
  public static final PgExtension CITEXT = extension("citext");
  public static final Table USERS = table("users", column("id", bigint()).primaryKey(), column("email", customType("citext")).notNull().unique());
}
