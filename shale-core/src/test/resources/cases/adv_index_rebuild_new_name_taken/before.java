import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t", column("id", bigint()).primaryKey(), column("a", integer()), column("b", integer()), column("c", integer()),
      index("a").name("idx_a"), index("c").name("idx_a_new"));
}
