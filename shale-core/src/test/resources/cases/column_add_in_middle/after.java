import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // the new column is declared between existing ones; PostgreSQL can only append it.
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull(),
          column("locale", text()).notNull().defaultValue("en"),
          column("created_at", timestamptz()).notNull().defaultNow());
}
