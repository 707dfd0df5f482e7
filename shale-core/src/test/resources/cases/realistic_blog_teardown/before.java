import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final PgEnum POST_STATUS =
      enumType("post_status", "draft", "published", "archived");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(320)).notNull().unique(),
          column("name", text()).notNull(),
          column("role", ROLE).notNull().defaultValue("reader"),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index(expr("lower(email)")).unique().name("users_email_lower_key"));

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).references(() -> USERS, "id").onDelete(SET_NULL),
          column("title", text()).notNull().check("char_length(title) <= 300"),
          column("slug", text()).notNull().unique(),
          column("body", text()).notNull(),
          column("status", POST_STATUS).notNull().defaultValue("draft"),
          column("published_at", timestamptz()),
          column("created_at", timestamptz()).notNull().defaultNow(),
          column("updated_at", timestamptz()).notNull().defaultNow(),
          index("author_id"),
          index(key("published_at").desc()).where("status = 'published'"));

  public static final Table TAGS =
      table(
          "tags",
          column("id", integer()).generatedByDefaultAsIdentity().primaryKey(),
          column("name", text()).notNull().unique());

  public static final Table POST_TAGS =
      table(
          "post_tags",
          column("post_id", bigint()).notNull().references(() -> POSTS, "id").onDelete(CASCADE),
          column("tag_id", integer()).notNull().references(() -> TAGS, "id").onDelete(CASCADE),
          primaryKey("post_id", "tag_id"),
          index("tag_id"));

  public static final Table COMMENTS =
      table(
          "comments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("post_id", bigint()).notNull().references(() -> POSTS, "id").onDelete(CASCADE),
          column("user_id", bigint()).references(() -> USERS, "id").onDelete(SET_NULL),
          column("parent_id", bigint()).references(() -> Schema.COMMENTS, "id").onDelete(CASCADE),
          column("body", text()).notNull(),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index("post_id", "created_at"));

  public static final PgView PUBLISHED_POSTS =
      view(
          "published_posts",
          """
          SELECT p.id, p.slug, p.title, p.published_at, u.name AS author_name
          FROM posts p
          LEFT JOIN users u ON u.id = p.author_id
          WHERE p.status = 'published'
          """);
}
