import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "webhooks",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("payload", json()));
}
