import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull());

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("user_id", bigint()).notNull().references(() -> USERS, "id"),
          column("total", numeric(12, 2)).notNull());
}
