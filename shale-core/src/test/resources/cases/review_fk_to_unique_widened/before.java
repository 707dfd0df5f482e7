import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table PRODUCTS =
      table("products", column("id", bigint()).primaryKey(), column("code", text()).notNull(), column("region", text()).notNull(), unique("code"));
  public static final Table ITEMS =
      table("items", column("id", bigint()).primaryKey(), column("code", text()), column("region", text()), foreignKey("code").references(() -> PRODUCTS, "code"));
}
