import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("cost", numeric(10, 2)).notNull().check("cost >= 0"),
          index("cost"));
}
