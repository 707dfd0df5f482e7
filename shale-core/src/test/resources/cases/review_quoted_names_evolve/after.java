import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {
  public static final PgSchema S = schema("Sales Dept");
  public static final PgEnum MOOD = S.enumType("Mood", "sad", "happy", "it's ok");
  public static final Table ORDER =
      S.table(
          "Order",
          column("user", serial()),
          column("select", varchar(200)).notNull().defaultValue("it's"),
          column("Mood", MOOD).defaultValue("it's ok"),
          column("group", bigint()).primaryKey(),
          column("Weird \"Column\"", text()).comment("say \"hello\" it's"),
          column("Default", text()).check("\"Default\" <> ''"),
          index("select"),
          index(expr("lower(\"select\")")).unique())
          .comment("the 'orders' table");
  public static final Table LINE =
      S.table(
          "Line Item",
          column("id", bigint()).primaryKey(),
          column("order", bigint()).references(() -> ORDER, "group"));
  public static final PgView V = S.view("Order View", "SELECT \"group\", \"select\" FROM \"Sales Dept\".\"Order\"");
}
