import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum PLAN = BILLING.enumType("plan", "free", "pro", "enterprise");

  public static final Table SUBSCRIPTIONS =
      BILLING.table(
          "subscriptions",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("plan", PLAN).notNull().defaultValue("free"));
}
