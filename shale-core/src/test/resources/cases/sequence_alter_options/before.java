import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NO = sequence("order_no").startWith(100);
}
