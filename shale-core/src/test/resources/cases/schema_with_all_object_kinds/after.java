import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema SHOP = schema("shop");

  public static final PgEnum ORDER_STATUS =
      SHOP.enumType("order_status", "new", "paid", "shipped", "cancelled");

  public static final PgSequence ORDER_NUMBER = SHOP.sequence("order_number").startWith(1000);

  public static final Table ORDERS =
      SHOP.table(
              "orders",
              column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
              column("number", bigint())
                  .notNull()
                  .unique()
                  .defaultSql("nextval('shop.order_number')"),
              column("status", ORDER_STATUS).notNull().defaultValue("new"),
              column("total", numeric(12, 2)).notNull().check("total >= 0"),
              index("status").where("status <> 'cancelled'::shop.order_status"))
          .comment("Orders placed in the shop");

  public static final PgView OPEN_ORDERS =
      SHOP.view(
          "open_orders",
          "SELECT id, number, total FROM shop.orders WHERE status IN ('new', 'paid')");

  public static final PgView ORDER_STATS =
      SHOP.materializedView(
          "order_stats",
          "SELECT status, count(*) AS n, sum(total) AS revenue FROM shop.orders GROUP BY status");
}
