import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table AUDIT_LOG =
      table(
          "audit_log",
          column("id", bigint()).notNull(),
          column("message", text()).notNull());
}
