import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum PLAN = enumType("plan", "free", "enterprise");
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("plan", PLAN).notNull());
}
