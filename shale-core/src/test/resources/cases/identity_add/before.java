import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TICKETS =
      table(
          "tickets",
          column("id", bigint()).notNull().primaryKey(),
          column("subject", text()).notNull());
}
