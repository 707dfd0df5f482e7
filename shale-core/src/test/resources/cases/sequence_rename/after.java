import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NUMBER = sequence("order_number").startWith(100);

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("number", bigint()).notNull().defaultSql("nextval('order_number')"));
}
