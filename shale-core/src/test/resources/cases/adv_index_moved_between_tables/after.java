import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T1 = table("t1", column("id", bigint()).primaryKey(), column("a", integer()));
  public static final Table T2 = table("t2", column("id", bigint()).primaryKey(), column("a", integer()), index("a").name("lookup"));
}
