import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("user_role", "admin", "member");
  public static final Table U = table("users", column("id", bigint()).primaryKey(), column("role", ROLE).notNull().defaultValue("member"),
      check("role::text <> ''").name("role_set"), index("id").where("role = 'admin'::user_role").name("users_admins"));
}
