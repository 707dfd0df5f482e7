import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Keys {
  public static final Table ORGS =
      table(
          "orgs",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().unique());

  public static final Table PROJECTS =
      table(
          "projects",
          column("org_id", bigint()).notNull().references(() -> ORGS, "id").onDelete(CASCADE),
          column("no", integer()).notNull(),
          column("org_code", text())
              .references(() -> ORGS, "code")
              .onUpdate(CASCADE)
              .onDelete(SET_NULL)
              .deferrable(),
          column("owner_id", bigint())
              .references(() -> ORGS, "id")
              .onDelete(SET_DEFAULT)
              .initiallyDeferred(),
          primaryKey("org_id", "no"));

  public static final Table TASKS =
      table(
          "tasks",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("org_id", bigint()).notNull(),
          column("project_no", integer()).notNull(),
          foreignKey("org_id", "project_no")
              .references(() -> PROJECTS, "org_id", "no")
              .onDelete(RESTRICT)
              .onUpdate(NO_ACTION)
              .initiallyDeferred(),
          foreignKey("org_id").references(() -> ORGS, "id").name("tasks_org_fk"));
}
