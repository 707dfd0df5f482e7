import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema FINANCE = schema("finance");
  public static final PgEnum PLAN = FINANCE.enumType("plan", "free", "pro", "team");
  public static final Table A = FINANCE.table("accounts", column("id", bigint()).primaryKey(), column("plan", PLAN).notNull(),
      index("id").unique().where("plan = 'team'").name("one_team"));
}
