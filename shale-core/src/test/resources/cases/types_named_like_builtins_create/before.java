import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ORDERS = table("orders", column("id", bigint()).primaryKey());
}
