import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Serials {
  public static final Table COUNTERS =
      table(
          "counters",
          column("id", bigserial()).primaryKey(),
          column("small", smallserial()),
          column("regular", serial()),
          column("label", text()).notNull());
}
