import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code staging}, as Shale's Java DSL (written by shale pull). */
public final class StagingSchema {
  public static final PgSchema STAGING = schema("staging");

  private StagingSchema() {}
}
