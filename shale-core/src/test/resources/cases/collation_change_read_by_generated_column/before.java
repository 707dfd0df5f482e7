import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("t", column("id", integer()).primaryKey(), column("name", text()), column("up", text()).generatedAlwaysAs("upper(name)"));
}
