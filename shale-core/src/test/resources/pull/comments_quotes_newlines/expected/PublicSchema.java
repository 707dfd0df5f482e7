import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table NOTES =
      table(
              "notes",
              column("id", bigint()).primaryKey().comment("The note's id, \"never\" reused"),
              column("body", text()).comment("Line one\n" + "Line two\n" + "\ttabbed"),
              column("path", text()).comment("C:\\Users\\ and \\u0041 stay as written"),
              column("emoji", text()).comment("Straße, café, 用户, 😀"),
              column("closer", text()).comment("a */ inside, /* and // too"),
              column("empty", text()).comment(""))
          .comment("Notes: 'quoted', \"double\", and a newline\n" + "here");

  public static final PgView RECENT_NOTES =
      view("recent_notes", "SELECT id,\n" + "    body\n" + "   FROM notes\n" + "  WHERE body <> ''")
          .comment("The view's comment");

  private PublicSchema() {}
}
