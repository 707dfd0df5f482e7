import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table DOCS =
      table("docs", column("id", bigint()).primaryKey(), column("body", text()), column("search", customType("tsvector")));
}
