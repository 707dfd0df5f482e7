import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code auth}, as Shale's Java DSL (written by shale pull). */
public final class AuthSchema {
  public static final PgSchema AUTH = schema("auth");

  public static final Table ACCOUNTS =
      AUTH.table(
          "accounts",
          column("id", uuid()).primaryKey().defaultRandomUuid(),
          column("email", text()).notNull().unique());

  private AuthSchema() {}
}
