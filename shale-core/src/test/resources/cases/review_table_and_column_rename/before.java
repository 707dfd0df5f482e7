import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).primaryKey(),
          column("email", text()).notNull().unique(),
          column("age", integer()).check("age > 0"),
          index("age"));
  public static final Table POSTS =
      table("posts", column("id", bigint()).primaryKey(), column("author_id", bigint()).references(() -> USERS, "id"));
}
