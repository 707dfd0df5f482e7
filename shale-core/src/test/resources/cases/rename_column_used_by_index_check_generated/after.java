import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("amount_cents", integer()).notNull().check("amount_cents >= 0"),
          column("doubled", bigint()).generatedAlwaysAs("amount_cents * 2"),
          index(expr("(amount_cents % 10)")).name("orders_amount_mod"),
          index("id").where("amount_cents > 100").name("orders_big"));
}
