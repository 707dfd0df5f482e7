import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table(
          "docs",
          column("id", bigint()).primaryKey(),
          column("body", json()),
          column("code", varchar(50)).notNull(),
          column("kind", text()),
          column("title", text()),
          index("code", "kind").name("docs_code_kind_idx"));
}
