import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgSequence INVOICE_NO = BILLING.sequence("invoice_no").startWith(2024000001L);
}
