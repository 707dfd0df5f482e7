import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table("t", column("id", integer()).primaryKey(), column("a", integer()), column("b", text()));
  public static final PgView M = materializedView("m", "SELECT t.* FROM t");
}
