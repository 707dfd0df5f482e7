import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table CATEGORIES =
      table(
          "categories",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("name", text()).notNull());
}
