import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum APPROVAL = enumType("approval", "false", "true", "pending");
  public static final PgEnum STARS = enumType("stars", "1", "2", "3", "4", "5");

  public static final Table T =
      table(
          "reviews",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("approved", APPROVAL),
          column("stars", STARS));
}
