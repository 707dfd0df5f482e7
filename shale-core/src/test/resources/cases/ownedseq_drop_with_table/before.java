import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NUMBERS =
      sequence("order_numbers").startWith(1000).ownedBy("orders", "number");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", bigint()).notNull().defaultSql("nextval('order_numbers')"),
          column("note", text()));
}
