import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // the same schema written with table-level constraints and key(): nothing to do.
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity(),
          column("email", text()).notNull(),
          column("age", integer()),
          column("team_id", bigint()),
          primaryKey("id"),
          unique("email"),
          check("age >= 0"),
          foreignKey("team_id").references("teams", "id").onDelete(NO_ACTION),
          index(key("team_id").asc()).using("btree"));

  public static final Table TEAMS =
      table("teams", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());
}
