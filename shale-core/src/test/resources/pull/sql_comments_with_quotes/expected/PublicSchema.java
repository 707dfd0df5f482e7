import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum MOOD = enumType("mood", "ok");

  public static final Table NOTES =
      table(
              "notes",
              column("id", integer()).primaryKey(),
              column("body", text()).comment("line one\n" + "line two\ttabbed \\ backslash"),
              column("Mixed", text()).comment("unicode: Straße, 日本, emoji 🚀"))
          .comment("It's a table of \"notes\"");

  public static final PgView NOTE_BODIES =
      view("note_bodies", "SELECT id, body FROM notes").comment("a view's comment");

  private PublicSchema() {}
}
