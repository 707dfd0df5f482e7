import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "settings",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("retries", integer()).notNull().defaultValue(3));
}
