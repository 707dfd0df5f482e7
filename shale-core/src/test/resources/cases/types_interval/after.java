import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_INTERVAL =
      table(
          "type_interval",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("grace", interval()).notNull().defaultSql("'7 days'::interval"),
          column("took", interval()));
}
