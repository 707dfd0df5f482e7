import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Shop {
  public static final Table ORDER_ITEMS =
      table(
          "a_order_items",
          column("order_id", bigint()).notNull().references(() -> Shop.ORDERS, "id"),
          column("product_id", bigint()).notNull().references(() -> Shop.PRODUCTS, "id"),
          primaryKey("order_id", "product_id"));

  public static final Table ORDERS =
      table(
          "b_orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("customer_id", bigint()).notNull().references(() -> Shop.CUSTOMERS, "id"));

  public static final Table PRODUCTS =
      table("c_products", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table CUSTOMERS =
      table("d_customers", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());
}
