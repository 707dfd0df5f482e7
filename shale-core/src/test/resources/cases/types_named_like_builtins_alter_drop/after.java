import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

/** Types of public named as pg_catalog's types or the grammar's type keywords. */
public final class Schema {
  public static final PgEnum POINT = enumType("point", "north", "south", "east");

  public static final PgDomain MONEY = domain("money", numeric(12, 2)).defaultTo("0").check("money_positive", "VALUE >= 0");

  public static final PgComposite LINE = compositeType("line").field("amount", numeric(12, 2)).field("note", text()).field("qty", integer());

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("line", LINE),
          column("direction", POINT),
          column("total", MONEY));
}
