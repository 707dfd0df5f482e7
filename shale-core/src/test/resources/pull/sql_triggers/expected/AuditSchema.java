import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code audit}, as Shale's Java DSL (written by shale pull). */
public final class AuditSchema {
  public static final PgSchema AUDIT = schema("audit");

  public static final PgFunction LOG_CHANGE =
      AUDIT
          .function("log_change")
          .returns("trigger")
          .language("plpgsql")
          .body("BEGIN RETURN NULL; END");

  private AuditSchema() {}
}
