import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("role", "reader", "author", "admin");
  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("roles", ROLE.array()).notNull().defaultSql("'{reader}'::role[]"), index("roles").using("gin"));
}
