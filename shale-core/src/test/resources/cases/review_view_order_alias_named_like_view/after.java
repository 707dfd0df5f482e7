import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table USERS =
      table("users", column("id", integer()).primaryKey(), column("created_at", timestamptz()));
  public static final PgView WEEKLY =
      view("weekly", "SELECT date_trunc('week', created_at) AS week, count(*) AS growth FROM users GROUP BY 1");
  public static final PgView GROWTH = view("growth", "SELECT week, growth FROM weekly WHERE growth > 10");
}
