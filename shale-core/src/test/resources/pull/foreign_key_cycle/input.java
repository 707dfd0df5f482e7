import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Cycle {
  public static final Table EMPLOYEES =
      table(
          "employees",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("department_id", bigint()).references(() -> Cycle.DEPARTMENTS, "id"),
          column("manager_id", bigint()).references(() -> Cycle.EMPLOYEES, "id"));

  public static final Table DEPARTMENTS =
      table(
          "departments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("head_id", bigint())
              .references(() -> EMPLOYEES, "id")
              .deferrable()
              .initiallyDeferred());
}
