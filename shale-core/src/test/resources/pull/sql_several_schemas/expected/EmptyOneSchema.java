import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code empty_one}, as Shale's Java DSL (written by shale pull). */
public final class EmptyOneSchema {
  public static final PgSchema EMPTY_ONE = schema("empty_one");

  private EmptyOneSchema() {}
}
