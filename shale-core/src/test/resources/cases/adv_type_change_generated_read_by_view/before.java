import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table T = table("orders", column("id", bigint()).primaryKey(), column("amount", integer()), column("tax", integer()),
      column("total", integer()).generatedAlwaysAs("amount + tax"));
  public static final PgView V = view("order_totals", "SELECT id, total FROM orders");
}
