import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("email", text()).notNull().unique());
  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("user_email", text()).references(() -> USERS, "email"));
}
