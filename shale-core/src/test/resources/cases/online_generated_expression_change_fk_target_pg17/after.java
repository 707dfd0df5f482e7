import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table("t", column("id", bigint()).primaryKey(), column("a", integer()).notNull(), column("code", integer()).generatedAlwaysAs("a * 100").unique());
  public static final Table R =
      table("r", column("id", bigint()).primaryKey(), column("t_code", integer()).references(() -> T, "code"));
}
