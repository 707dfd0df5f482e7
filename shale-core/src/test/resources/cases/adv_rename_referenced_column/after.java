import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("account_code", text()).notNull().unique("accounts_code_key"));
  public static final Table O = table("orders", column("id", bigint()).primaryKey(), column("account_code", text()), foreignKey("account_code").references(() -> A, "account_code").name("orders_acc_fkey"));
  public static final PgView V = view("v_codes", "SELECT a.account_code AS code, o.id FROM accounts a JOIN orders o ON o.account_code = a.account_code");
}
