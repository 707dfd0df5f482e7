import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t", column("id", bigint()).primaryKey(), column("a", integer()), column("b", integer()), unique("a").name("u1"));
  public static final Table C = table("c", column("id", bigint()).primaryKey(), column("t_a", integer()), foreignKey("t_a").references(() -> T, "a"));
}
