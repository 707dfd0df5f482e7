import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table TYPE_SEARCH =
      table(
          "type_search",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("body", text()).notNull(),
          column("document", customType("tsvector")),
          index("document").using("gin"));
}
