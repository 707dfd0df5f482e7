import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("mail", text()).notNull().check("length(mail) > 3"),
          column("email_lower", text()).generatedAlwaysAs("lower(mail)"),
          index(expr("lower(mail)")).unique(),
          index("id").where("mail IS NOT NULL").name("users_with_email"),
          index("id").include("mail"));
  public static final PgView V = view("user_emails", "SELECT id, mail FROM users");
}
