import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgExtension;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgExtension BTREE_GIST = extension("btree_gist");

  public static final PgExtension PG_TRGM = extension("pg_trgm").version("1.5");

  public static final Table PEOPLE =
      table(
          "people",
          column("id", bigint()).primaryKey(),
          column("email", customType("extensions.citext")).notNull(),
          column("name", text()).notNull(),
          index("id", "name").using("gist").name("people_id_name"),
          index(key("name").opclass("gin_trgm_ops")).using("gin").name("people_name_trgm"));

  private PublicSchema() {}
}
