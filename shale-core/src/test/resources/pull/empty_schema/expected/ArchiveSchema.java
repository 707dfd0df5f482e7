import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code archive}, as Shale's Java DSL (written by shale pull). */
public final class ArchiveSchema {
  public static final PgSchema ARCHIVE = schema("archive");

  private ArchiveSchema() {}
}
