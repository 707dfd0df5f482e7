import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table ORGS =
      table(
          "orgs",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("code", text()).notNull().unique());

  public static final Table PROJECTS =
      table(
          "projects",
          column("org_id", bigint()).references(() -> ORGS, "id").onDelete(CASCADE),
          column("no", integer()),
          column("org_code", text())
              .references(() -> ORGS, "code")
              .onDelete(SET_NULL)
              .onUpdate(CASCADE)
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
          foreignKey("org_id").references(() -> ORGS, "id").name("tasks_org_fk"),
          foreignKey("org_id", "project_no")
              .references(() -> PROJECTS, "org_id", "no")
              .onDelete(RESTRICT)
              .initiallyDeferred());

  private PublicSchema() {}
}
