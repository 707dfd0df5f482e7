import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table PRODUCTS =
      table(
          "products",
          column("id", integer()).primaryKey(),
          column("sku", text()).notNull().unique(),
          column("price", numeric()).check("price > 0"),
          column("discounted", numeric()),
          column("code", text()),
          column("region", text()),
          unique("code", "region"),
          unique("region", "sku").nullsNotDistinct(),
          check("discounted < price").name("discount_below_price"),
          check("length(sku) >= 3 AND length(sku) <= 20 AND sku ~ '^[A-Z]'")
              .name("products_sku_len"));

  private PublicSchema() {}
}
