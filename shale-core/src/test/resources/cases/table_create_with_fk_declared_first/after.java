import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // posts is declared before the table it references:
  // creation order must follow the FK, not the file.
  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull().references(() -> Schema.USERS, "id"),
          column("title", text()).notNull());

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique());
}
