import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table SUMMARY =
      table("summary", column("id", integer()).primaryKey(), column("total", integer()));
}
