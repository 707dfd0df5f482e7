import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table CLASS = table("class", column("int", integer()), column("new", text()));

  public static final Table ORDER =
      table(
          "order",
          column("select", bigint()).primaryKey(),
          column("from", text()),
          column("where", text()),
          column("class", text()),
          column("true", bool()),
          column("null", text()),
          column("user", text()),
          index("from"));

  public static final Table USER =
      table(
          "user",
          column("id", bigint()).primaryKey(),
          column("order", bigint()).references(() -> ORDER, "select"));

  private PublicSchema() {}
}
