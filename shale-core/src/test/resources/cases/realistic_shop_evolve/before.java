import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgEnum ORDER_STATUS = enumType("order_status", "pending", "paid", "shipped");

  public static final Table CUSTOMERS =
      table(
          "customers",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("email", text()).notNull().unique(),
          column("phone", varchar(20)));

  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("sku", varchar(32)).notNull().unique(),
          column("name", text()).notNull(),
          column("price_cents", integer()).notNull().check("price_cents >= 0"));

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("customer_id", bigint()).notNull().references(() -> CUSTOMERS, "id"),
          column("status", ORDER_STATUS).notNull().defaultValue("pending"),
          column("created_at", timestamp()).notNull().defaultSql("CURRENT_TIMESTAMP"));

  public static final Table ORDER_ITEMS =
      table(
          "order_items",
          column("order_id", bigint()).notNull().references(() -> ORDERS, "id"),
          column("product_id", bigint()).notNull().references(() -> PRODUCTS, "id"),
          column("quantity", integer()).notNull(),
          column("unit_price_cents", integer()).notNull(),
          primaryKey("order_id", "product_id"));
}
