import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema APP = schema("app");
  public static final Table A = APP.table("accounts", column("id", bigint()).primaryKey(), column("email", text()).notNull(), index("email").unique());
  public static final Table P = table("pages", column("id", bigint()).primaryKey(), column("account_id", bigint()).references(() -> A, "id"), index("account_id"));
}
