import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DEPARTMENTS =
      table(
          "departments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("name", text()).notNull(),
          column("manager_id", bigint()).references(() -> Schema.EMPLOYEES, "id").onDelete(SET_NULL));

  public static final Table EMPLOYEES =
      table(
          "employees",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("name", text()).notNull(),
          column("department_id", bigint()).references(() -> DEPARTMENTS, "id"));
}
