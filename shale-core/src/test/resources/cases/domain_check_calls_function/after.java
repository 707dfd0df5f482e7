import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgFunction VALID_SKU =
      function("valid_sku")
          .argument("s", text())
          .returns(bool())
          .language("sql")
          .immutable()
          .body("SELECT s ~ '^[A-Z]{3}-[0-9]+$'");

  public static final PgDomain SKU = domain("sku", text()).check("valid", "valid_sku(VALUE)");

  public static final PgComposite STOCK = compositeType("stock").field("sku", SKU).field("qty", integer());

  public static final Table ITEMS =
      table("items", column("id", bigint()).primaryKey(), column("sku", SKU), column("stock", STOCK));
}
