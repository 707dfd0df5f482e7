import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

/** Types of public named as pg_catalog's types or the grammar's type keywords. */
public final class Schema {
  public static final PgEnum POINT = enumType("point", "north", "south");

  public static final PgEnum INTEGER = enumType("integer", "one", "two");

  public static final PgDomain MONEY = domain("money", numeric(12, 2)).check("money_positive", "VALUE >= 0");

  public static final PgComposite LINE = compositeType("line").field("amount", MONEY).field("note", text());

  public static final PgFunction NOTE_OF =
      function("note_of").argument("l", LINE.type()).returns(text()).language("sql").body("SELECT ($1).note");

  public static final Table ORDERS =
      table(
          "orders",
          column("id", bigint()).primaryKey(),
          column("line", LINE),
          column("lines", LINE.array()),
          column("direction", POINT).notNull().defaultValue("north"),
          column("rank", INTEGER),
          column("total", MONEY));
}
