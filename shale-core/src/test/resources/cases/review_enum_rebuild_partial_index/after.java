import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("role", ROLE).notNull(),
          index("id").where("role = 'author'"));
}
