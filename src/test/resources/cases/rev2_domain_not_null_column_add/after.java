import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain NN = domain("nn", text()).notNull();
  public static final Table T = table("t", column("id", integer()).primaryKey(), column("req", NN));
}
