import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey(),
          column("author", text()).notNull(),
          column("hidden", bool()).notNull().defaultValue(false),
          column("score", integer()),
          rowLevelSecurity(),
          policy("own").using("author = current_user"),
          policy("visible").forSelect().using("NOT hidden"),
          policy("scored").forSelect().using("score > 0"));
}
