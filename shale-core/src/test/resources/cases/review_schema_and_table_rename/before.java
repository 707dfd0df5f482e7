import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");
  public static final Table INVOICES =
      BILLING.table("invoices", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)).check("total >= 0"), index("total"));
  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("invoice_id", bigint()).references("billing.invoices", "id"));
}
