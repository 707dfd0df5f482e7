import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code billing}, as Shale's Java DSL (written by shale pull). */
public final class BillingSchema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum CURRENCY = BILLING.enumType("currency", "EUR", "USD");

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("account_id", uuid()).notNull().references(() -> AuthSchema.ACCOUNTS, "id"),
          column("currency", CURRENCY).notNull().defaultValue("EUR"));

  public static final PgView OPEN_INVOICES =
      BILLING.view("open_invoices", "SELECT id FROM billing.invoices");

  private BillingSchema() {}
}
