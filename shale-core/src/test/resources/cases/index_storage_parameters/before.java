import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("tags", text().array()),
          column("created", timestamptz()).notNull(),
          index("tags").using("gin"),
          index("created").with("fillfactor", "90"));
}
