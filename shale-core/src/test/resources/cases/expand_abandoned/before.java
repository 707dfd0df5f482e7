import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("amount", bigint()).notNull().check("amount >= 0").replaces("amount"),
          column("note", text()),
          index("amount").name("orders_amount_idx"));
}
