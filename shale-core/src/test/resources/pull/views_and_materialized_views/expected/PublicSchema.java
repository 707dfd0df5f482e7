import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table EVENTS =
      table(
          "events",
          column("id", bigint()).primaryKey(),
          column("kind", text()).notNull(),
          column("at", timestamptz()).notNull().defaultNow());

  public static final PgView RECENT_EVENTS =
      view(
          "recent_events",
          "SELECT events.id,\n"
              + "    events.kind\n"
              + "   FROM events\n"
              + "  WHERE events.at > (now() - '1 day'::interval)");

  private PublicSchema() {}
}
