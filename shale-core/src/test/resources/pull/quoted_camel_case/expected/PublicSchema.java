import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum USER_ROLE = enumType("UserRole", "Admin", "RegularUser");

  public static final Table USER_PROFILE =
      table(
          "UserProfile",
          column("userId", bigint()).primaryKey(),
          column("displayName", text()).notNull().check("length(\"displayName\") > 0"),
          column("Role", USER_ROLE).notNull().defaultValue("RegularUser"),
          column("createdAt", timestamptz()).defaultNow(),
          index("displayName"));

  public static final Table HTTP_REQUEST_LOG =
      table(
          "HTTPRequestLog",
          column("ID", bigint()).primaryKey(),
          column("UserProfileID", bigint()).references(() -> USER_PROFILE, "userId"));

  private PublicSchema() {}
}
