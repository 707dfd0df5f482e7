import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t", column("id", bigint()).primaryKey(), column("name", text()));
  public static final PgView V = view("t_names", "SELECT id, name, count(*) AS n FROM t GROUP BY id");
}
