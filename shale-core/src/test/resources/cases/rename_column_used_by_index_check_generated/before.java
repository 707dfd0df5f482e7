import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("amount", integer()).notNull().check("amount >= 0"),
          column("doubled", bigint()).generatedAlwaysAs("amount * 2"),
          index(expr("(amount % 10)")).name("orders_amount_mod"),
          index("id").where("amount > 100").name("orders_big"));
}
