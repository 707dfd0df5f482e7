import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NO =
      sequence("order_no").startWith(100).incrementBy(2).maxValue(1000000000).cache(50).cycle();
}
