import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(320)).notNull().unique(),
          column("display_name", text()),
          column("created_at", timestamptz()).notNull().defaultNow());
}
