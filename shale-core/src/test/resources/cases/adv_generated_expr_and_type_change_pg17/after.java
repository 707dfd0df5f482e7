import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("t", column("id", bigint()).primaryKey(), column("a", integer()), column("b", integer()), column("total", bigint()).generatedAlwaysAs("a::bigint * b"), index("total"));
}
