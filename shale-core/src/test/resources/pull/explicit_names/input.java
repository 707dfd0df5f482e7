import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Names {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()),
          column("code", text()).unique("items_code_key"),
          column("sku", text()).unique("items_sku_unique"),
          column("price", integer()).check("price > 0"),
          column("qty", integer()),
          primaryKey("id").name("items_pkey"),
          unique("code").nullsNotDistinct(),
          check("qty >= 0").name("items_qty_check"),
          check("qty < 1000").name("qty_upper_bound"),
          check("price < 1000000"),
          index("qty").name("items_qty_idx"),
          index("qty", "price"),
          index("qty").where("qty > 0"),
          index("price").name("price_lookup"));

  public static final Table ITEMS_QTY_IDX2 = table("items_qty_idx2", column("id", integer()));
}
