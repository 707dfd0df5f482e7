import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgEnum;
import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code billing}, as Shale's Java DSL (written by shale pull). */
public final class BillingSchema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgEnum CURRENCY = BILLING.enumType("currency", "EUR", "USD");

  public static final PgSequence INVOICE_NUMBERS =
      BILLING.sequence("invoice_numbers").startWith(1000);

  public static final Table INVOICES =
      BILLING.table(
          "invoices",
          column("id", bigint()).generatedByDefaultAsIdentity().primaryKey(),
          column("customer_id", bigint())
              .notNull()
              .references(() -> PublicSchema.CUSTOMERS, "id")
              .onDelete(CASCADE),
          column("currency", CURRENCY).notNull().defaultValue("EUR"),
          column("total", numeric(12, 2)).notNull());

  public static final PgView OPEN_INVOICES =
      BILLING.view(
          "open_invoices",
          "SELECT i.id, c.name FROM billing.invoices i JOIN customers c ON c.id = i.customer_id");

  private BillingSchema() {}
}
