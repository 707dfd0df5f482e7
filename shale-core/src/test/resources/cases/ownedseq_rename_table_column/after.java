import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NUMBERS =
      sequence("order_numbers").startWith(1000).ownedBy("purchases", "reference");

  public static final Table PURCHASES =
      table(
          "purchases",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("reference", bigint()).notNull().defaultSql("nextval('order_numbers')"),
          column("note", text()));
}
