import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("name", text()).notNull().unique(),
          column("team_id", bigint()),
          index("team_id", "name").name("users_team_name_idx"));
}
