import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Comments {
  public static final Table NOTES =
      table(
          "notes",
          column("id", bigint()).primaryKey().comment("The note's id, \"never\" reused"),
          column("body", text()).comment("Line one\nLine two\n\ttabbed"),
          column("path", text()).comment("C:\\Users\\ and \\u0041 stay as written"),
          column("emoji", text()).comment("Straße, café, 用户, 😀"),
          column("closer", text()).comment("a */ inside, /* and // too"),
          column("empty", text()).comment(""))
          .comment("Notes: 'quoted', \"double\", and a newline\nhere");

  public static final PgView RECENT =
      view("recent_notes", "SELECT id,\n    body\n   FROM notes\n  WHERE body <> ''")
          .comment("The view's comment");
}
