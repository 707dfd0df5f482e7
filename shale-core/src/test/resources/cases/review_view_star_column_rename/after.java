import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("mail", text()));
  public static final PgView ALL = view("all_users", "SELECT * FROM users");
}
