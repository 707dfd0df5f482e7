import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", integer()).primaryKey(), column("email_domain", text()));
  public static final Table USERS_EMAIL =
      table("users_email", column("id", integer()).primaryKey(), column("domain", text()), index("domain"));
}
