import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema EXTENSIONS = schema("extensions");

  public static final PgExtension PG_TRGM = extension("pg_trgm");

  public static final PgExtension CITEXT = EXTENSIONS.extension("citext");

  public static final PgExtension BTREE_GIST = extension("btree_gist").version("1.6");

  public static final Table USERS =
      table(
          "users",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", customType("extensions.citext")).notNull().unique(),
          column("name", text()).notNull(),
          index(key("name").opclass("gin_trgm_ops")).using("gin").name("users_name_trgm"),
          index("id", "name").using("gist").name("users_id_name_gist"));
}
