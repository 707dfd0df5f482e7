import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table COUNTRIES =
      table(
          "countries",
          column("code", character(2)).notNull().primaryKey(),
          column("name", text()).notNull());
}
