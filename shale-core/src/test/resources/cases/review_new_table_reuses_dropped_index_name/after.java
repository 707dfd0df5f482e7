import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ACCOUNTS =
      table("accounts", column("id", bigint()).primaryKey(), column("email", text()).notNull().unique("email_unique"));
}
