import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgDomain AMOUNT =
      domain("amount", numeric(12, 2))
          .notNull()
          .defaultTo("1")
          .check("positive", "VALUE >= 0")
          .check("large", "VALUE < 100000")
          .check("not_unlucky", "VALUE <> 13");

  public static final PgDomain LABEL = domain("label", text());

  public static final Table ITEMS =
      table(
          "items",
          column("id", bigint()).primaryKey(),
          column("price", AMOUNT),
          column("tag", LABEL));
}
