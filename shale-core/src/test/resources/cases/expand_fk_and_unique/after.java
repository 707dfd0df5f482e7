import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TEAMS = table("teams", column("id", integer()).primaryKey());

  public static final Table MEMBERS =
      table(
          "members",
          column("id", bigint()).primaryKey(),
          column("team_id", integer())
              .notNull()
              .references(() -> TEAMS, "id")
              .onDelete(CASCADE)
              .replaces("team"),
          column("email", text()).notNull(),
          unique("team_id", "email"));
}
