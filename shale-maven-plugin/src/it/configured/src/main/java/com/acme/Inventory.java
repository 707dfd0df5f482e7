package com.acme;

import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Inventory {
  private Inventory() {}

  public static final PgSchema STOCK = schema("stock");

  public static final Table ITEMS =
      STOCK.table(
          "items",
          column("sku", text()).primaryKey(),
          column("quantity", integer()).notNull().defaultValue(0));
}
