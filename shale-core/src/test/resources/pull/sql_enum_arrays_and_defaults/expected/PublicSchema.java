import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgEnum KIND = enumType("Kind", "A", "b c");

  private PublicSchema() {}
}
