import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("code", text()).notNull(), index("code").unique().name("accounts_code_uq"));
  public static final Table O = table("orders", column("id", bigint()).primaryKey(), column("account_code", text()), foreignKey("account_code").references(() -> A, "code"));
}
