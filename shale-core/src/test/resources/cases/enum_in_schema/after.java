import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum INVOICE_STATE =
      BILLING.enumType("invoice_state", "draft", "open", "paid", "void");

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("state", INVOICE_STATE).notNull().defaultValue("draft"),
          index("state").where("state = 'open'::billing.invoice_state"));
}
