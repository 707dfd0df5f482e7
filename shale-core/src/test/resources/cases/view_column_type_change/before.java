import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", integer()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(100)).notNull());

  public static final PgView USER_EMAILS = view("user_emails", "SELECT id, email FROM users");
}
