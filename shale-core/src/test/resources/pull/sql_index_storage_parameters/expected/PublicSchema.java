import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("tags", text().array()),
          column("created", timestamptz()).notNull(),
          index("created").with("deduplicate_items", "false").with("fillfactor", "70"),
          index("tags").using("gin").with("fastupdate", "off"));

  private PublicSchema() {}
}
