import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", integer()).primaryKey(), column("active", bool()));
  public static final PgView ACTIVE =
      view("active_users", "SELECT id FROM users WHERE active -- soft-deleted rows are inactive").comment("active users");
}
