import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table METRICS =
      table(
          "metrics",
          column("id", integer()).primaryKey(),
          column("value", integer()).notNull(),
          column("label", varchar(20)),
          column("note", text()));
}
