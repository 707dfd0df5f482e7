import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("accounts", column("id", bigint()).primaryKey(), column("code", text()), column("norm", text()).generatedAlwaysAs("upper(code)").unique());
  public static final Table O = table("orders", column("id", bigint()).primaryKey(), column("account_norm", text()), foreignKey("account_norm").references(() -> A, "norm"));
}
