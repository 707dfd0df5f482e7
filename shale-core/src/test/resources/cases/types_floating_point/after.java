import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_FLOATS =
      table(
          "type_floats",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("r", real()),
          column("d", doublePrecision()).notNull().defaultValue(0.0));
}
