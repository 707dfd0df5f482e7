import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table DEPARTMENTS =
      table(
          "departments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("head_id", bigint())
              .references(() -> PublicSchema.EMPLOYEES, "id")
              .initiallyDeferred());

  public static final Table EMPLOYEES =
      table(
          "employees",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("department_id", bigint()).references(() -> DEPARTMENTS, "id"),
          column("manager_id", bigint()).references(() -> PublicSchema.EMPLOYEES, "id"));

  private PublicSchema() {}
}
