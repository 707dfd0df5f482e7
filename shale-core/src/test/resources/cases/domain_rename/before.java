import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema SHOP = schema("shop");

  public static final PgDomain AMOUNT = domain("amount", numeric(12, 2)).check("positive", "VALUE >= 0");

  public static final PgComposite LINE = compositeType("item_line").field("qty", integer()).field("price", AMOUNT);

  public static final Table ITEMS =
      table("items", column("id", bigint()).primaryKey(), column("price", AMOUNT), column("line", LINE));
}
