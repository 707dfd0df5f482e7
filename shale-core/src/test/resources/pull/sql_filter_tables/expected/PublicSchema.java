import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table USERS =
      table("users", column("id", integer()).primaryKey(), column("key_id", integer()));

  public static final Table ORDERS =
      table(
          "orders",
          column("id", integer()).primaryKey(),
          column("user_id", integer()).references(() -> USERS, "id"),
          column("log_id", integer()));

  private PublicSchema() {}
}
