import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum PLAN = enumType("plan", "free", "pro", "business");
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("plan", PLAN).notNull().defaultValue("business"),
      column("is_big", bool()).generatedAlwaysAs("plan = 'business'"),
      check("plan <> 'business' OR id > 0").name("big_ok"),
      index("id").where("plan = 'business'").name("accounts_big"));
  public static final PgView V = view("big_accounts", "SELECT id FROM accounts WHERE plan = 'business'");
}
