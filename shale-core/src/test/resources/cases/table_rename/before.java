import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique(),
          index("email").name("users_email_lookup"));
}
