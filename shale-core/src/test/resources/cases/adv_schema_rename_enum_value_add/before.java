import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");
  public static final PgEnum PLAN = BILLING.enumType("plan", "free", "pro");
  public static final Table A = BILLING.table("accounts", column("id", bigint()).primaryKey(), column("plan", PLAN).notNull());
}
