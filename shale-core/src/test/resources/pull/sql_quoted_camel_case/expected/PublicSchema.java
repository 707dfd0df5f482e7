import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum ROLE = enumType("Role", "USER", "ADMIN");

  public static final Table USER =
      table(
          "User",
          column("id", text()).primaryKey(),
          column("email", text()).notNull(),
          column("createdAt", timestamp(3)).notNull().defaultSql("CURRENT_TIMESTAMP"),
          column("updatedAt", timestamp(3)).notNull(),
          column("role", ROLE).notNull().defaultValue("USER"),
          index("email").unique().name("User_email_key"));

  public static final Table POST =
      table(
          "Post",
          column("id", serial()).primaryKey(),
          column("authorId", text())
              .notNull()
              .references(() -> USER, "id")
              .onDelete(RESTRICT)
              .onUpdate(CASCADE),
          column("publishedAt", timestamp(3)),
          index(key("authorId"), key("publishedAt").desc()));

  private PublicSchema() {}
}
