import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum STATE = enumType("state", "active", "paused", "archived");

  public static final Table PROJECTS =
      table(
          "projects",
          column("id", bigint()).primaryKey(),
          column("slug", text()).notNull(),
          column("state", STATE).notNull().defaultValue("active"),
          index("slug").unique().where("state IN ('active', 'paused')").name("projects_live_slug"));
}
