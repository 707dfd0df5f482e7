import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // DEFAULT NULL is the same as no default: nothing to do.
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("note", text()).defaultValue(null));
}
