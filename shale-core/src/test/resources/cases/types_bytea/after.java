import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_BYTEA =
      table(
          "type_bytea",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("blob", bytea()),
          column("magic", bytea()).notNull().defaultSql("'\\x00ff'::bytea"));
}
