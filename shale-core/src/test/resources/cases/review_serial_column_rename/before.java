import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table("t", column("id", serial()).primaryKey(), column("x", text()));
}
