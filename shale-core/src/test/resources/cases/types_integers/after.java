import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_INTEGERS =
      table(
          "type_integers",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("s", smallint()).notNull().defaultValue(0),
          column("i", integer()),
          column("b", bigint()));
}
