import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TEAMS =
      table("teams", column("id", bigint()).primaryKey(), column("owner", text()).notNull());
}
