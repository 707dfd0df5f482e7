import static dev.shale.schema.Pg.*;

import dev.shale.schema.PgView;
import dev.shale.schema.Table;

/** The PostgreSQL schema {@code public}, as Shale's Java DSL (written by shale pull). */
public final class PublicSchema {
  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("owner", text()).notNull(),
          column("price", integer()).notNull());

  public static final PgView CHEAP_ITEMS =
      view("cheap_items", "SELECT id, price FROM items WHERE price < 10").withCheckOption();

  public static final PgView MY_ITEMS =
      view("my_items", "SELECT id, owner, price FROM items WHERE owner = CURRENT_USER")
          .withLocalCheckOption()
          .securityBarrier()
          .securityInvoker();

  public static final PgView OWNER_TOTALS =
      materializedView(
              "owner_totals", "SELECT owner, sum(price) AS total FROM items GROUP BY owner")
          .with("fillfactor", "90");

  private PublicSchema() {}
}
