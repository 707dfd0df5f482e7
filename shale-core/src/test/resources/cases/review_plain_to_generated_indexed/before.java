import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table(
          "t",
          column("id", bigint()).primaryKey(),
          column("a", integer()).notNull(),
          column("b", integer()).notNull(),
          column("total", integer()).check("total >= 0"),
          index("total"));
}
