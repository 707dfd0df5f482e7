import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t2", column("id", bigint()).primaryKey(), column("a", integer()).notNull(), column("b", integer()).unique(), index("a"), check("a >= 0").name("a_nonneg"));
}
