import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema FINANCE = schema("finance");

  public static final PgEnum PLAN = FINANCE.enumType("plan", "free", "pro", "enterprise");

  public static final Table SUBSCRIPTIONS =
      FINANCE.table(
          "subscriptions",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("plan", PLAN).notNull().defaultValue("free"));
}
