import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_NUMERIC =
      table(
          "type_numeric",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("any_precision", numeric()),
          column("whole", numeric(20)),
          column("money_amount", numeric(12, 2)).notNull().defaultValue(0),
          column("tiny", numeric(5, 5)));
}
