import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEMBERSHIPS =
      table(
          "memberships",
          column("org_id", bigint()).notNull(),
          column("user_id", bigint()).notNull(),
          column("role", text()).notNull().defaultValue("member"),
          primaryKey("org_id", "user_id"));
}
