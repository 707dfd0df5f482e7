import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table LOGS =
      table("logs", column("id", serial()).primaryKey(), column("n", serial()));
}
