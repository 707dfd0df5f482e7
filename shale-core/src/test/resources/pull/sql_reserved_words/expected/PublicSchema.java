import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum ENUM = enumType("enum", "case", "when");

  public static final Table TABLE =
      table(
          "table",
          column("column", integer()).references(() -> OrderSchema.SELECT, "from"),
          column("check", integer()).check("\"check\" > 0"),
          index("column").name("index"));

  public static final Table VALUES = table("values", column("case", ENUM).defaultValue("when"));

  private PublicSchema() {}
}
