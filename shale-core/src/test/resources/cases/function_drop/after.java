import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull());
}
