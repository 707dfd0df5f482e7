import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code Audit}, as Shale's Java DSL (written by shale pull). */
public final class AuditSchema {
  public static final PgSchema AUDIT = schema("Audit");

  public static final Table EVENTS =
      AUDIT.table(
          "Events",
          column("id", bigserial()).primaryKey(),
          column("invoice_id", bigint()).references(() -> BillingSchema.INVOICES, "id"),
          column("at", timestamptz()).notNull().defaultNow());

  private AuditSchema() {}
}
