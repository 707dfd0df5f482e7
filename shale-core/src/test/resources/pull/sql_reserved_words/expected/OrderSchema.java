import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code order}, as Shale's Java DSL (written by shale pull). */
public final class OrderSchema {
  public static final PgSchema ORDER = schema("order");

  public static final Table SELECT =
      ORDER.table(
          "select",
          column("from", integer()).primaryKey(),
          column("where", text()).notNull(),
          column("group", text()),
          column("user", text()).defaultSql("CURRENT_USER"),
          column("class", integer()),
          column("static", bool()),
          column("public", text()),
          column("default", text()).defaultValue("default"));

  private OrderSchema() {}
}
