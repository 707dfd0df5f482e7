package com.example.blog;

import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final PgSequence ORDER_NO = sequence("order_no").startWith(1000).incrementBy(10);

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

  public static final PgView ACTIVE_USERS = view("active_users", "SELECT id, email FROM users");

  public static final PgView POST_STATS =
      materializedView("post_stats", "SELECT author_id, count(*) FROM posts GROUP BY author_id");

  private PublicSchema() {}
}
