import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ACCOUNTS =
      table(
          "accounts",
          column("id", integer()).primaryKey(),
          column("balance", numeric()).notNull().defaultValue(0),
          check("balance >= 0").notValid());

  public static final Table TRANSFERS =
      table(
          "transfers",
          column("id", integer()).primaryKey(),
          column("account_id", integer()),
          column("amount", numeric()),
          check("amount <> 0"),
          foreignKey("account_id").references(() -> ACCOUNTS, "id").notValid());
}
