import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table NAMES =
      table(
          "names",
          column("id", integer()).primaryKey(),
          column("name", text()).notNull().collate("C"),
          column("label", varchar(50)).collate("POSIX"),
          column("email", text()).collate("public", "case_insensitive"),
          index("label"),
          index("name"));

  private PublicSchema() {}
}
