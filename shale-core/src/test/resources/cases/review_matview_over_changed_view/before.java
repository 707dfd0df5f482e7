import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T =
      table("t", column("id", bigint()).primaryKey(), column("a", integer()));
  public static final PgView V = view("v", "SELECT id, a FROM t");
  public static final PgView M = materializedView("m", "SELECT count(*) AS n FROM v");
}
