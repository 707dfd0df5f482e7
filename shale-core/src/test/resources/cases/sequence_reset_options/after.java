import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  // every option back to PostgreSQL's default: NO MINVALUE, NO MAXVALUE, NO CYCLE, ...
  public static final PgSequence TICKET_NO = sequence("ticket_no").as(integer());
}
