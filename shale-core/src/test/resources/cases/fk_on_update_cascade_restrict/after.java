import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique());

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull()
              .references(() -> USERS, "id")
              .onDelete(RESTRICT)
              .onUpdate(CASCADE),
          column("title", text()).notNull());
}
