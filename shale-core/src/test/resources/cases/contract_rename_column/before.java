import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("full_name", text()).notNull().unique().replaces("name"),
          column("team_id", bigint()),
          index("team_id", "full_name").name("users_team_name_idx"));
}
