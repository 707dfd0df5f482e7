import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("created_at", timestamptz()).notNull().defaultNow(),
          column("created_local", timestamp()).defaultSql("CURRENT_TIMESTAMP"),
          column("created_on", date()).defaultSql("CURRENT_DATE"));
}
