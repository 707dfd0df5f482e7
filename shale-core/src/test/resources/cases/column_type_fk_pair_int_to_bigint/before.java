import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", integer()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table POSTS =
      table(
          "posts",
          column("id", integer()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", integer()).notNull().references(() -> USERS, "id"));
}
