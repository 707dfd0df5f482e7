import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("users", column("id", bigint()).primaryKey(), column("email", varchar(100)));
  public static final PgView V = view("user_emails", "SELECT id, email FROM users");
  public static final PgView M = materializedView("user_emails_m", "SELECT id, email FROM users");
}
