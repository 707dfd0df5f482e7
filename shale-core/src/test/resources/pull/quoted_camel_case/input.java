import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Camel {
  public static final PgEnum USER_ROLE = enumType("UserRole", "Admin", "RegularUser");

  public static final Table USER_PROFILE =
      table(
          "UserProfile",
          column("userId", bigint()).primaryKey(),
          column("displayName", text()).notNull(),
          column("Role", USER_ROLE).notNull().defaultValue("RegularUser"),
          column("createdAt", timestamptz()).defaultNow(),
          index("displayName"),
          check("length(\"displayName\") > 0"));

  public static final Table HTTP_REQUEST_LOG =
      table(
          "HTTPRequestLog",
          column("ID", bigint()).primaryKey(),
          column("UserProfileID", bigint()).references(() -> USER_PROFILE, "userId"));
}
