import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t", column("id", integer()).primaryKey(), column("day", date()));
  public static final PgView M = materializedView("per_day", "SELECT day, count(*) AS n FROM t GROUP BY day").indexes(index("day").unique());
}
