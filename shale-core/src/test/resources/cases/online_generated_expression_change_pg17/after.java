import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table LINES =
      table(
          "lines",
          column("id", bigint()).primaryKey(),
          column("qty", integer()).notNull(),
          column("price", numeric(10, 2)).notNull(),
          column("total", numeric(12, 2)).generatedAlwaysAs("qty * price * 1.2"));
}
