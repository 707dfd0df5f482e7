import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "notes",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("body", varchar(1000)));
}
