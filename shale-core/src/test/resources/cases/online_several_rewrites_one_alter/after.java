import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table METRICS =
      table(
          "metrics",
          column("id", bigint()).primaryKey(),
          column("value", bigint()).notNull(),
          column("label", varchar(10)),
          column("token", uuid()).defaultRandomUuid(),
          index("label"));
}
