import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgExtension;
import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code extensions}, as Shale's Java DSL (written by shale pull). */
public final class ExtensionsSchema {
  public static final PgSchema EXTENSIONS = schema("extensions");

  public static final PgExtension CITEXT = EXTENSIONS.extension("citext");

  private ExtensionsSchema() {}
}
