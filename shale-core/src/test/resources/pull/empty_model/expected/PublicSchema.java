import static dev.shale.schema.Pg.*;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  private PublicSchema() {}
}
