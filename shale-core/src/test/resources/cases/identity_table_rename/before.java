import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table AUDIT =
      table(
          "audit",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("event", text()).notNull());
}
