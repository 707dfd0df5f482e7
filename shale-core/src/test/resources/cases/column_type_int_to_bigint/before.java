import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "counters",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("hits", integer()).notNull().defaultValue(0));
}
