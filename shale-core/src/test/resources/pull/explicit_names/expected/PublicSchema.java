import static dev.shale.schema.Pg.*;

import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("code", text()).unique(),
          column("sku", text()).unique("items_sku_unique"),
          column("price", integer()).check("price > 0"),
          column("qty", integer()).check("qty >= 0"),
          unique("code").nullsNotDistinct(),
          check("price < 1000000"),
          check("qty < 1000").name("qty_upper_bound"),
          index("qty"),
          index("qty").where("qty > 0"),
          index("qty", "price"),
          index("price").name("price_lookup"));

  public static final Table ITEMS_QTY_IDX2 = table("items_qty_idx2", column("id", integer()));

  private PublicSchema() {}
}
