import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgDomain;
import dev.shale.schema.PgSchema;

/** The PostgreSQL schema {@code billing}, as Shale's Java DSL (written by shale pull). */
public final class BillingSchema {
  public static final PgSchema BILLING = schema("billing");

  public static final PgDomain CODE =
      BILLING.domain("code", varchar(10)).collate("C").check("code_check", "VALUE ~ '^[A-Z]+$'");

  private BillingSchema() {}
}
