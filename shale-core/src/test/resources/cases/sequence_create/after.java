import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSequence ORDER_NO = sequence("order_no");

  public static final PgSequence TICKET_NO =
      sequence("ticket_no")
          .as(integer())
          .startWith(1000)
          .incrementBy(10)
          .minValue(1000)
          .maxValue(999999)
          .cache(5);

  public static final PgSequence WHEEL =
      sequence("wheel").as(smallint()).minValue(1).maxValue(12).cycle();
}
