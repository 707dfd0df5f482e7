import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("code", text()).notNull().unique());
  public static final Table O = table("orders", column("id", bigint()).primaryKey(), column("acc", text()), foreignKey("acc").references(() -> A, "code"));
  public static final PgView V = view("v_codes", "SELECT a.code, o.id FROM accounts a JOIN orders o ON o.acc = a.code");
}
