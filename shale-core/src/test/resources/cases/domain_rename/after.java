import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema SHOP = schema("shop");

  public static final PgDomain PRICE = domain("price", numeric(12, 2)).check("positive", "VALUE >= 0");

  public static final PgComposite ORDER_LINE =
      SHOP.compositeType("order_line").field("qty", integer()).field("price", PRICE);

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("price", PRICE),
          column("line", ORDER_LINE));
}
