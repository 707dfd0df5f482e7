import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).generatedAlwaysAsIdentity().primaryKey(),
          column("sku", text()).notNull().unique(),
          column("name", text()).notNull(),
          column("price", numeric(10, 2)).notNull().check("price >= 0"),
          column("stock", integer()).notNull().defaultValue(0),
          check("char_length(sku) BETWEEN 3 AND 32").name("products_sku_length"),
          index("name"));
}
