import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final Table TYPE_ARRAYS =
      table(
          "type_arrays",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("tags", text().array()).notNull().defaultSql("'{}'::text[]"),
          column("scores", integer().array()),
          column("matrix", doublePrecision().array().array()),
          column("codes", varchar(8).array()),
          column("stamps", timestamptz().array()),
          column("ids", uuid().array()),
          column("roles", ROLE.array()).notNull().defaultSql("'{reader}'::role[]"),
          column("role_grid", ROLE.array().array()));
}
