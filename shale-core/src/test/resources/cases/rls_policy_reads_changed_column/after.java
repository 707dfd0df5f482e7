import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey(),
          column("author", text()).notNull(),
          column("score", bigint()),
          rowLevelSecurity(),
          policy("own").using("author = current_user"),
          policy("scored").forSelect().using("score > 0"));
}
