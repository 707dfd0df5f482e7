import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table KITCHEN_SINK =
      table(
          "kitchen_sink",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());
}
