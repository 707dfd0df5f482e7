import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ROLE = enumType("role", "admin", "author", "reader");

  public static final PgSequence INVITE_NO = sequence("invite_no").as(integer()).startWith(100);

  public static final Table USERS =
      table(
              "users",
              column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
              column("email", varchar(320)).notNull().unique(),
              column("role", ROLE).notNull().defaultValue("reader"),
              column("nickname", text()).comment("shown in the UI"),
              column("balance", numeric(12, 2)).notNull().defaultValue(0).check("balance >= 0"),
              column("settings", jsonb()).notNull().defaultSql("'{}'::jsonb"),
              column("invite_no", integer()).defaultSql("nextval('invite_no')"),
              column("created_at", timestamptz()).notNull().defaultNow(),
              index(expr("lower(email)")).unique(),
              index(key("created_at").desc()).where("nickname IS NOT NULL"))
          .comment("Everyone who can sign in");

  public static final Table POSTS =
      table(
          "posts",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("author_id", bigint()).notNull().references(() -> USERS, "id").onDelete(CASCADE),
          column("title", text()).notNull(),
          column("words", integer()).notNull().defaultValue(0),
          column("reading_minutes", integer()).generatedAlwaysAs("words / 200"),
          index("author_id"));

  public static final PgView AUTHORS =
      view("authors", "SELECT id, email FROM users WHERE role = 'author'");
}
