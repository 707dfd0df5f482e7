import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table A = table("tags", column("name", text()).primaryKey(), column("n", integer()));
}
