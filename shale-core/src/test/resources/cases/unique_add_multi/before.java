import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("org_id", bigint()).notNull(),
          column("email", text()).notNull(),
          column("slug", text()));
}
