import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("price", numeric(10, 2)).notNull(),
          column("discount_price", numeric(10, 2)),
          check("price >= 0"));
}
