import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ORDER_STATUS =
      enumType("order_status", "pending", "paid", "packed", "shipped", "refunded");

  public static final PgSequence INVOICE_NUMBER = sequence("invoice_number").startWith(100000);

  public static final Table CUSTOMERS =
      table(
          "customers",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique(),
          column("phone", varchar(32)),
          column("marketing_opt_in", bool()).notNull().defaultValue(false));

  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("sku", varchar(32)).notNull().unique(),
          column("name", text()).notNull(),
          column("price_cents", integer()).notNull().check("price_cents >= 0"),
          column("attributes", jsonb()).notNull().defaultSql("'{}'::jsonb"),
          index("attributes").using("gin"));

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("customer_id", bigint())
              .notNull()
              .references(() -> CUSTOMERS, "id")
              .onDelete(RESTRICT),
          column("status", ORDER_STATUS).notNull().defaultValue("pending"),
          column("invoice_no", bigint()).unique().defaultSql("nextval('invoice_number')"),
          column("created_at", timestamptz()).notNull().defaultNow(),
          index("customer_id", "created_at"),
          index("status").where("status IN ('pending', 'paid')"));

  public static final Table ORDER_ITEMS =
      table(
          "order_items",
          column("order_id", bigint()).notNull().references(() -> ORDERS, "id").onDelete(CASCADE),
          column("product_id", bigint()).notNull().references(() -> PRODUCTS, "id"),
          column("quantity", integer()).notNull().check("quantity > 0"),
          column("unit_price_cents", integer()).notNull(),
          column("line_total_cents", bigint())
              .generatedAlwaysAs("unit_price_cents::bigint * quantity"),
          primaryKey("order_id", "product_id"),
          index("product_id"));

  public static final PgView ORDER_TOTALS =
      materializedView(
          "order_totals",
          """
          SELECT order_id, sum(line_total_cents) AS total_cents, count(*) AS lines
          FROM order_items
          GROUP BY order_id
          """);
}
