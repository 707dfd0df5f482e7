import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema B = schema("billing");
  public static final Table I = B.table("invoices", column("id", bigint()).primaryKey(), column("n", integer()), index("n"));
  public static final Table P = table("payments", column("id", bigint()).primaryKey(), column("invoice_id", bigint()).references(() -> I, "id"));
  public static final PgView V = view("v_pay", "SELECT p.id, i.n FROM payments p JOIN billing.invoices i ON i.id = p.invoice_id");
  public static final PgView M = materializedView("m_invoice_totals", "SELECT count(*) AS c, sum(n) AS s FROM billing.invoices");
}
