import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("tags", text().array()),
          column("created", timestamptz()).notNull(),
          index("tags").using("gin").with("fastupdate", "off").with("gin_pending_list_limit", "512"),
          index("created").with("fillfactor", "70").with("deduplicate_items", "false"),
          index("id", "created").using("brin").with("pages_per_range", "16").name("docs_brin"));
}
