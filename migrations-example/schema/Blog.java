import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

/** The example: a small blog. */
public final class Blog {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(320)).notNull().unique(),
          column("display_name", text()).notNull(),
          column("avatar_url", text()),
          column("role", ROLE).notNull().defaultValue("reader"),
          column("created_at", timestamptz()).notNull().defaultNow())
          .comment("People who read and write posts");

  public static final Table CATEGORIES =
      table(
          "categories",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("parent_id", integer()).references(() -> Blog.CATEGORIES, "id").onDelete(SET_NULL),
          column("name", varchar(100)).notNull().unique());

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull().references(() -> USERS, "id").onDelete(CASCADE),
          column("category_id", integer()).references(() -> CATEGORIES, "id").onDelete(SET_NULL),
          column("slug", text()).notNull().unique(),
          column("title", text()).notNull(),
          column("body", text()).notNull().defaultValue(""),
          column("published_at", timestamptz()),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index("author_id"),
          index(key("published_at").desc()).where("published_at IS NOT NULL"));

  public static final Table TAGS =
      table(
          "tags",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("name", varchar(50)).notNull().unique());

  public static final Table POST_TAGS =
      table(
          "post_tags",
          column("post_id", bigint()).notNull().references(() -> POSTS, "id").onDelete(CASCADE),
          column("tag_id", integer()).notNull().references(() -> TAGS, "id").onDelete(CASCADE),
          primaryKey("post_id", "tag_id"),
          index("tag_id"));
}
