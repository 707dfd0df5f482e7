import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table INVOICES =
      table(
          "invoices",
          column("id", bigint()).primaryKey(),
          column("amount_cents", bigint()).notNull(),
          column("tax_cents", integer()).notNull().defaultValue(0),
          column("total_cents", bigint()).generatedAlwaysAs("amount_cents + tax_cents"));
}
