import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table EVENTS =
      table(
          "events",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("account_id", bigint()).notNull(),
          column("kind", text()).notNull(),
          column("at", timestamptz()).notNull(),
          index("account_id").include("kind", "at"));
}
