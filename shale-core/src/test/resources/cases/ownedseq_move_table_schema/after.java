import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema SALES = schema("sales");

  public static final PgSequence ORDER_NUMBERS =
      SALES.sequence("order_numbers").startWith(1000).ownedBy("sales.orders", "number");

  public static final Table ORDERS =
      SALES.table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", bigint()).notNull().defaultSql("nextval('sales.order_numbers')"),
          column("note", text()));
}
