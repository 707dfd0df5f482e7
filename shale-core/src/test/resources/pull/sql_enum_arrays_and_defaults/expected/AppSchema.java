import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code app}, as Shale's Java DSL (written by shale pull). */
public final class AppSchema {
  public static final PgSchema APP = schema("app");

  public static final PgEnum STATE = APP.enumType("state", "new", "open", "it's closed");

  public static final Table TICKETS =
      APP.table(
          "tickets",
          column("id", bigserial()).primaryKey(),
          column("state", STATE).notNull().defaultValue("new"),
          column("history", STATE.array()).notNull().defaultSql("'{}'::app.state[]"),
          column("previous", STATE.array()).defaultSql("ARRAY['open'::app.state]"),
          column("kind", PublicSchema.KIND).defaultValue("b c"),
          column("kinds", PublicSchema.KIND.array()),
          index("id").where("state <> 'it''s closed'").name("tickets_open_idx"));

  private AppSchema() {}
}
