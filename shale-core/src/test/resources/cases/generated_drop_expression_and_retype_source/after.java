import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "line_items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("quantity", bigint()).notNull(),
          column("quantity_doubled", integer()));
}
