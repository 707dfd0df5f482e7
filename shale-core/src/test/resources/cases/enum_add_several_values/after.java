import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE =
      enumType("role", "owner", "admin", "editor", "author", "reader", "guest");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("role", ROLE).notNull().defaultValue("reader"));
}
