import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain AMOUNT =
      domain("amount", numeric(12, 2))
          .defaultTo("0")
          .check("positive", "VALUE >= 0")
          .check("small", "VALUE < 1000")
          .check("old_name", "VALUE <> 13");

  public static final PgDomain LABEL = domain("label", text()).notNull();

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("price", AMOUNT),
          column("tag", LABEL));
}
