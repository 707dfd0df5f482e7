import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum STATUS = enumType("status", "draft", "published");

  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("status", STATUS).notNull().defaultValue("draft"),
          index("status"));
}
