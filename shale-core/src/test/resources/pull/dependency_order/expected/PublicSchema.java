import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table C_PRODUCTS =
      table("c_products", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table D_CUSTOMERS =
      table("d_customers", column("id", bigint()).generatedAlwaysAsIdentity().primaryKey());

  public static final Table B_ORDERS =
      table(
          "b_orders",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("customer_id", bigint()).notNull().references(() -> D_CUSTOMERS, "id"));

  public static final Table A_ORDER_ITEMS =
      table(
          "a_order_items",
          column("order_id", bigint()).references(() -> B_ORDERS, "id"),
          column("product_id", bigint()).references(() -> C_PRODUCTS, "id"),
          primaryKey("order_id", "product_id"));

  private PublicSchema() {}
}
