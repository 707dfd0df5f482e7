import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORGS_PROJECTS =
      table(
          "projects",
          column("org_id", bigint()).notNull(),
          column("project_no", integer()).notNull(),
          column("name", text()).notNull(),
          primaryKey("org_id", "project_no"));

  public static final Table TASKS =
      table(
          "tasks",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("org_id", bigint()).notNull(),
          column("project_no", integer()).notNull(),
          column("title", text()).notNull(),
          foreignKey("org_id", "project_no")
              .references(() -> ORGS_PROJECTS, "org_id", "project_no")
              .onDelete(CASCADE),
          index("org_id", "project_no"));
}
