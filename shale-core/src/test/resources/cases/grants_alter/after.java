import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgRole REPORTING = role("shale_alter_reporting").login();
  public static final PgRole APP = role("shale_alter_app").login().noInherit();

  public static final PgSchema BILLING = schema("billing").grant("shale_alter_app", USAGE);

  public static final PgSequence INVOICE_NO =
      BILLING.sequence("invoice_no").grant("shale_alter_app", USAGE);

  public static final PgFunction ORDER_COUNT =
      function("order_count")
          .returns(bigint())
          .language("sql")
          .stable()
          .body("SELECT count(*) FROM orders");

  public static final Table ORDERS =
      table("orders", column("id", bigint()).primaryKey(), column("total", numeric(12, 2)))
          .grantWithGrantOption("shale_alter_reporting", SELECT)
          .grant("shale_alter_app", SELECT, INSERT, DELETE)
          .grant("pg_monitor", SELECT);

  public static final Table INVOICES =
      BILLING.table("invoices", column("id", bigint()).primaryKey())
          .grant("shale_alter_app", SELECT)
          .grant("pg_read_all_data", SELECT);
}
