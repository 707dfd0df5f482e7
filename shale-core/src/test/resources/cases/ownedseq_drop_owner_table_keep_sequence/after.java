import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NUMBERS = sequence("order_numbers").startWith(1000);
}
