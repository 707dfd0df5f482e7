import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum PLAN = enumType("plan", "free", "pro", "enterprise");
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("plan", PLAN).notNull().defaultValue("enterprise"),
      column("is_big", bool()).generatedAlwaysAs("plan = 'enterprise'"),
      check("plan <> 'enterprise' OR id > 0").name("big_ok"),
      index("id").where("plan = 'enterprise'").name("accounts_big"));
  public static final PgView V = view("big_accounts", "SELECT id FROM accounts WHERE plan = 'enterprise'");
}
