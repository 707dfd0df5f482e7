import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TENANTS =
      table(
          "tenants",
          column("id", uuid()).notNull(),
          column("name", text()).notNull());
}
