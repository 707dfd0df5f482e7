import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", bigint()).primaryKey(),
          column("code", text()).notNull(),
          index("code"),
          index("code").unique());

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("account_code", text()).notNull().references("public.accounts", "code"));
}
