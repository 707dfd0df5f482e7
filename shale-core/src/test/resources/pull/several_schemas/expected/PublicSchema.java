import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table PAYMENTS =
      table(
          "payments",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("invoice_id", bigint()).notNull().references(() -> BillingSchema.INVOICES, "id"),
          column("currency", BillingSchema.CURRENCY.array()));

  private PublicSchema() {}
}
