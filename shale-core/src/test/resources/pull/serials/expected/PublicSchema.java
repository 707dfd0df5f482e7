import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table COUNTERS =
      table(
          "counters",
          column("id", bigserial()).primaryKey(),
          column("small", smallserial()),
          column("regular", serial()),
          column("label", text()).notNull());

  private PublicSchema() {}
}
