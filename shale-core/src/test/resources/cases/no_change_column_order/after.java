import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // only the declaration order of columns differs:
  // PostgreSQL cannot reorder columns, nothing to do.
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("name", text()),
          column("email", text()).notNull());
}
