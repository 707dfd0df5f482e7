import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("owner", text()).notNull(),
          column("price", integer()).notNull());

  public static final PgView MINE =
      view("my_items", "SELECT id, owner, price FROM items WHERE owner = current_user")
          .securityBarrier()
          .withCheckOption();

  public static final PgView CHEAP =
      view("cheap_items", "SELECT id, price FROM items WHERE price < 10").withLocalCheckOption();

  public static final PgView TOTALS =
      materializedView("owner_totals", "SELECT owner, sum(price) AS total FROM items GROUP BY owner")
          .with("fillfactor", "90")
          .with("autovacuum_enabled", "off");
}
