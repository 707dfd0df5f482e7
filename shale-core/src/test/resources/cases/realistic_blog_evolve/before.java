import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(320)).notNull().unique(),
          column("name", text()).notNull(),
          column("avatar", text()),
          column("created_at", timestamptz()).notNull().defaultNow());

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull().references(() -> USERS, "id"),
          column("title", varchar(200)).notNull(),
          column("body", text()).notNull(),
          column("published", bool()).notNull().defaultValue(false),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index("author_id"));
}
