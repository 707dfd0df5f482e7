import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence TICKET_NO =
      sequence("ticket_no").as(integer()).incrementBy(5).minValue(10).maxValue(100000).cache(10).cycle();
}
