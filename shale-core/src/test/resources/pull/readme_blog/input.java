import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Blog {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", varchar(320)).notNull().unique(),
          column("role", ROLE).notNull().defaultValue("reader"),
          column("created_at", timestamptz()).notNull().defaultNow())
          .comment("People who read and write posts");

  public static final Table POSTS =
      table(
          "posts",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("author_id", bigint()).notNull().references(() -> USERS, "id").onDelete(CASCADE),
          column("slug", text()).notNull().unique(),
          column("price", numeric(10, 2)).check("price >= 0"),
          column("tags", text().array()),
          column("search", customType("tsvector")),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index(key("created_at").desc().nullsLast(), key("id")).where("slug IS NOT NULL"),
          index(expr("lower(slug)")).unique().include("id"),
          index("tags").using("gin"));

  public static final PgSchema BILLING = schema("billing");

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedByDefaultAsIdentity(sequenceOptions().startWith(1000)),
          column("user_id", bigint()).notNull(),
          column("number", integer()).notNull(),
          column("net", numeric(12, 2)).notNull(),
          column("gross", numeric(12, 2)).generatedAlwaysAs("net * 1.2"),
          primaryKey("id"),
          unique("user_id", "number"),
          foreignKey("user_id").references("public.users", "id").onDelete(RESTRICT).deferrable(),
          check("net >= 0").name("invoices_net_positive"));

  public static final PgSequence ORDER_NO = sequence("order_no").startWith(1000).incrementBy(10);
  public static final PgView ACTIVE = view("active_users", "SELECT id, email FROM users");
  public static final PgView STATS = materializedView("post_stats", "SELECT author_id, count(*) FROM posts GROUP BY author_id");
}
