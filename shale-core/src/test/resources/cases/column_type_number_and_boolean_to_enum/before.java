import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "reviews",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("approved", bool()).defaultValue(false),
          column("stars", smallint()));
}
