import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique(),
          column("age", integer()).check("age >= 0"),
          column("team_id", bigint()).references(() -> Schema.TEAMS, "id"),
          index("team_id"));

  public static final Table TEAMS =
      table("teams", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());
}
