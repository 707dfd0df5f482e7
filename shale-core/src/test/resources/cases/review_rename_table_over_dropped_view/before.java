import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS_V2 =
      table("users_v2", column("id", bigint()).primaryKey(), column("email", text()));
  public static final PgView USERS = view("users", "SELECT id, email FROM users_v2");
}
