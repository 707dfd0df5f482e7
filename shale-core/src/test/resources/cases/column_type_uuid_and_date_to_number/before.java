import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "imports",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("batch", uuid()),
          column("day", date()));
}
