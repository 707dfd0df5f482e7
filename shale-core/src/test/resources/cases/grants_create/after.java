import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole REPORTING = role("shale_case_reporting");
  public static final PgRole APP = role("shale_case_app").login().noInherit();

  public static final PgSchema BILLING =
      schema("billing").grant("shale_case_app", USAGE).grant("pg_monitor", USAGE, CREATE);

  public static final PgSequence INVOICE_NO =
      BILLING.sequence("invoice_no").grant("shale_case_app", USAGE, SELECT, UPDATE);

  public static final PgFunction ORDER_COUNT =
      function("order_count")
          .returns(bigint())
          .language("sql")
          .stable()
          .body("SELECT count(*) FROM orders")
          .grant("shale_case_reporting", EXECUTE);

  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)))
          .grant("shale_case_reporting", SELECT)
          .grant("shale_case_app", SELECT, INSERT, UPDATE)
          .grantWithGrantOption("pg_monitor", SELECT)
          .grant("public", REFERENCES);

  public static final Table INVOICES =
      BILLING.table("invoices", column("id", bigint()).primaryKey())
          .grant("shale_case_app", ALL)
          .grant("pg_read_all_data", SELECT);
}
