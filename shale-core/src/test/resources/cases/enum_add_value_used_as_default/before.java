import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum STATUS = enumType("status", "draft", "published");

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).primaryKey(),
          column("status", STATUS).notNull().defaultValue("draft"));
}
