import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table MEMBERSHIPS =
      table(
          "memberships",
          column("id", bigint()).notNull().primaryKey(),
          column("org_id", bigint()).notNull(),
          column("user_id", bigint()).notNull());
}
