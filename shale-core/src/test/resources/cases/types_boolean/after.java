import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_BOOLS =
      table(
          "type_bools",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("flag", bool()).notNull().defaultValue(false),
          column("maybe", bool()));
}
