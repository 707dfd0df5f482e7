import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgSchema;
import dev.shale.schema.PgSequence;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code sales}, as Shale's Java DSL (written by shale pull). */
public final class SalesSchema {
  public static final PgSchema SALES = schema("sales");

  public static final PgSequence INVOICE_REFS =
      SALES.sequence("invoice_refs").as(integer()).ownedBy("invoices", "reference");

  public static final PgSequence LOOSE = SALES.sequence("loose");

  public static final Table INVOICES =
      SALES.table("invoices", column("id", bigint()).primaryKey(), column("reference", integer()));

  private SalesSchema() {}
}
