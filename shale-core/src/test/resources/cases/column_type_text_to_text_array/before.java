import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "articles",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("tags", text()));
}
