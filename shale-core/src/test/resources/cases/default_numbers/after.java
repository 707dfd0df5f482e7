import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("qty", integer()).notNull().defaultValue(1),
          column("offset_by", smallint()).notNull().defaultValue(-1),
          column("big", bigint()).notNull().defaultValue(10000000000L),
          column("price", numeric(10, 2)).notNull().defaultValue(new java.math.BigDecimal("9.99")),
          column("ratio", real()).defaultValue(1.5),
          column("weight", doublePrecision()).defaultValue(-0.25));
}
