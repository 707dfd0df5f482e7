import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema FINANCE = schema("finance");
  public static final Table BILLS =
      FINANCE.table("bills", column("id", bigint()).primaryKey(), column("amount", numeric(12, 2)).check("amount >= 0"), index("amount"));
  public static final Table USERS =
      table("users", column("id", bigint()).primaryKey(), column("invoice_id", bigint()).references("finance.bills", "id"));
}
