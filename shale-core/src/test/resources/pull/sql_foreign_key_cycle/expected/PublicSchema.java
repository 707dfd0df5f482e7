import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table A =
      table(
          "a",
          column("id", integer()).primaryKey(),
          column("b_id", integer()).references(() -> PublicSchema.B, "id"),
          column("parent_id", integer()).references(() -> PublicSchema.A, "id"));

  public static final Table C =
      table(
          "c",
          column("id", integer()).primaryKey(),
          column("a_id", integer()).references(() -> A, "id").initiallyDeferred());

  public static final Table B =
      table(
          "b",
          column("id", integer()).primaryKey(),
          column("c_id", integer()).references(() -> C, "id"));

  private PublicSchema() {}
}
