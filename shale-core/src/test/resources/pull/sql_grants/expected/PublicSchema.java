import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgFunction;
import dev.shale.schema.PgRole;
import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final PgSchema PUBLIC = schema("public").grant("shale_pull_writer", CREATE);

  public static final PgRole SHALE_PULL_READER = role("shale_pull_reader");

  public static final PgRole SHALE_PULL_WRITER = role("shale_pull_writer").login().noInherit();

  public static final PgFunction SECRET =
      function("secret")
          .returns(integer())
          .language("sql")
          .body("SELECT 1")
          .revokeExecuteFromPublic();

  public static final Table NOTES =
      table("notes", column("id", bigint()).primaryKey())
          .grant("pg_read_all_data", SELECT)
          .grant("public", SELECT);

  private PublicSchema() {}
}
