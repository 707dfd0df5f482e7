import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()).notNull().check("length(email) > 3"),
          column("email_lower", text()).generatedAlwaysAs("lower(email)"),
          index(expr("lower(email)")).unique(),
          index("id").where("email IS NOT NULL").name("users_with_email"),
          index("id").include("email"));
  public static final PgView V = view("user_emails", "SELECT id, email FROM users");
}
