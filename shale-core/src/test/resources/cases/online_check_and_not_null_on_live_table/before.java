import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PRODUCTS =
      table(
          "products",
          column("id", bigint()).primaryKey(),
          column("sku", text()),
          column("price", numeric(10, 2)));
}
